import { Value } from 'typebox/value';
import type { FieldProblem } from '../../platform/errors/app-error';
import type { Lang } from '../../platform/http/language';
import { StandardItemContent } from './catalogue-format';

const FIELD_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array']);
const FIELD_KEYWORDS = new Set(['type', 'title', 'x-title-en', 'description', 'enum', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'items', 'properties', 'required', 'x-element', 'default', 'minItems', 'maxItems']);

type Say = (zh: string, en: string) => string;

function checkFormField(path: string, field: unknown, elements: ReadonlySet<string>, add: (field: string, rule: string, message: string) => void, say: Say): void {
  if (!field || typeof field !== 'object') return add(path, 'form_field', say('表单字段定义无效', 'Not a valid form field definition'));
  const f = field as Record<string, unknown>;
  for (const key of Object.keys(f)) if (!FIELD_KEYWORDS.has(key)) add(`${path}.${key}`, 'form_keyword', say(`不支持的表单关键字 ${key}`, `Unsupported form keyword ${key}`));
  if (typeof f.type !== 'string' || !FIELD_TYPES.has(f.type)) add(`${path}.type`, 'form_type', say('字段类型须为 string、number、integer、boolean、object 或 array', 'Field type must be string, number, integer, boolean, object or array'));
  if (f.format !== undefined && f.format !== 'date') add(`${path}.format`, 'form_format', say('只支持 date 格式', 'Only the date format is supported'));
  if (typeof f.pattern === 'string') {
    try {
      new RegExp(f.pattern, 'u');
    } catch {
      add(`${path}.pattern`, 'form_pattern', say('正则表达式无效', 'Not a valid regular expression'));
    }
  }
  if (typeof f['x-element'] === 'string' && !elements.has(f['x-element'])) add(`${path}.x-element`, 'unknown_data_element', say(`数据元 ${f['x-element']} 不在目录中`, `Data element ${f['x-element']} is not catalogued`));
  if (f.type === 'object') checkFormObject(path, f, elements, add, say);
  if (f.type === 'array') checkFormField(`${path}.items`, f.items, elements, add, say);
}

function checkFormObject(path: string, schema: Record<string, unknown>, elements: ReadonlySet<string>, add: (field: string, rule: string, message: string) => void, say: Say): void {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  for (const [name, field] of Object.entries(properties)) checkFormField(`${path}.properties.${name}`, field, elements, add, say);
  for (const name of (schema.required as string[] | undefined) ?? []) {
    if (!(name in properties)) add(`${path}.required`, 'form_required_unknown', say(`必填字段 ${name} 未定义`, `Required field ${name} is not defined`));
  }
}

/**
 * Everything publishing checks beyond the shape: unique ids, sources that name a catalogued data element or an
 * e-licence type, a form schema within the supported subset, a workflow that starts with acceptance and ends
 * with a decision or delivery. Returns every problem found.
 */
export function standardItemProblems(content: unknown, elements: ReadonlySet<string>, lang: Lang): FieldProblem[] {
  const say: Say = (zh, en) => (lang === 'en' ? en : zh);
  const problems: FieldProblem[] = [];
  const add = (field: string, rule: string, message: string) => problems.push({ field, rule, message });
  if (!Value.Check(StandardItemContent, content)) {
    for (const e of Value.Errors(StandardItemContent, content).slice(0, 20)) add(e.instancePath.replace(/^\//, '').replace(/\//g, '.') || 'content', e.keyword, e.message);
    return problems;
  }
  const item = content;
  const seen = (ids: string[], field: string) => {
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) add(field, 'duplicate_id', say(`编号 ${dup} 重复`, `Id ${dup} appears twice`));
  };
  seen(item.materials.map((m) => m.id), 'materials');
  seen(item.conditions.map((c) => c.id), 'conditions');
  item.materials.forEach((m, i) => {
    if (m.source === 'shared_data' && (!m.sourceRef || !elements.has(m.sourceRef))) add(`materials.${i}.sourceRef`, 'unknown_data_element', say('共享数据来源须为目录中的数据元', 'A shared-data source must name a catalogued data element'));
    if (m.source === 'elicence' && !m.sourceRef?.startsWith('elicence.')) add(`materials.${i}.sourceRef`, 'elicence_type_required', say('电子证照来源须指明证照类型', 'An e-licence source must name the e-licence type'));
  });
  checkFormObject('form', item.form, elements, add, say);
  const first = item.workflow[0];
  const last = item.workflow[item.workflow.length - 1];
  if (first?.kind !== 'accept') add('workflow.0.kind', 'workflow_start', say('办理流程须以受理开始', 'The workflow must start with acceptance'));
  if (!last || !['decide', 'deliver'].includes(last.kind)) add(`workflow.${item.workflow.length - 1}.kind`, 'workflow_end', say('办理流程须以决定或送达结束', 'The workflow must end with a decision or delivery'));
  return problems;
}
