import { ProblemList } from '../../../platform/errors/app-error';
import type { Lang } from '../../../platform/http/language';
import type { ServiceAttributeView } from './service-attributes';
import { parseW3c } from './w3c-time';

// attribute[code]=value pairs checked against the service definition: required ones present, each value of its
// datatype, list values among the listed keys. Every problem is reported at once, each naming attribute[code].

const MESSAGES = {
  required: { zh: '此项为必填项', en: 'This attribute is required' },
  unknown: { zh: '该服务没有此属性', en: 'This service has no such attribute' },
  number: { zh: '应为数字', en: 'Must be a number' },
  datetime: { zh: '应为 ISO 8601 日期时间（如 2026-11-28T09:00:00+08:00）', en: 'Must be an ISO 8601 datetime (e.g. 2026-11-28T09:00:00+08:00)' },
  single_line: { zh: '不能换行', en: 'Must be one line' },
  max_length: { zh: '内容过长', en: 'Is too long' },
  single_value: { zh: '只能选择一项', en: 'Only one value may be chosen' },
  not_listed: { zh: '不是允许的取值', en: 'Is not one of the listed values' },
} as const;

const MAX_STRING = 200;
const MAX_TEXT = 4000;

function checkOne(attribute: ServiceAttributeView, given: string[], say: (rule: keyof typeof MESSAGES) => void): unknown {
  const keys = new Set(attribute.values.map((v) => v.key));
  switch (attribute.datatype) {
    case 'multivaluelist':
      if (given.some((v) => !keys.has(v))) return say('not_listed');
      return [...new Set(given)];
    case 'singlevaluelist':
      if (given.length > 1) return say('single_value');
      if (!keys.has(given[0]!)) return say('not_listed');
      return given[0];
    default: {
      if (given.length > 1) return say('single_value');
      const value = given[0]!;
      if (attribute.datatype === 'number') return /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : say('number');
      if (attribute.datatype === 'datetime') return parseW3c(value.trim())?.toISOString() ?? say('datetime');
      if (attribute.datatype === 'string' && /[\r\n]/.test(value)) return say('single_line');
      if (value.length > (attribute.datatype === 'text' ? MAX_TEXT : MAX_STRING)) return say('max_length');
      return value;
    }
  }
}

/** The submitted values, typed (numbers, ISO datetimes, lists as arrays); throws a validation error naming each bad attribute. */
export function checkAttributeValues(definitions: readonly ServiceAttributeView[], submitted: Record<string, string[]>, lang: Lang): Record<string, unknown> {
  const problems = new ProblemList();
  const out: Record<string, unknown> = {};
  const byCode = new Map(definitions.map((a) => [a.code, a]));
  for (const code of Object.keys(submitted)) {
    if (!byCode.has(code)) problems.add(`attribute[${code}]`, 'unknown', MESSAGES.unknown[lang]);
  }
  for (const attribute of definitions) {
    // Informational attributes (variable: false) take no input.
    if (!attribute.variable) continue;
    const given = (submitted[attribute.code] ?? []).filter((v) => v.trim() !== '');
    const field = `attribute[${attribute.code}]`;
    if (given.length === 0) {
      if (attribute.required) problems.add(field, 'required', MESSAGES.required[lang]);
      continue;
    }
    let failed = false;
    const value = checkOne(attribute, given, (rule) => {
      failed = true;
      problems.add(field, rule, MESSAGES[rule][lang]);
    });
    if (!failed) out[attribute.code] = value;
  }
  problems.throwIfAny();
  return out;
}
