import { checkCreditCode, normaliseCreditCode } from '../../../platform/ids/credit-code';
import { checkResidentId, normaliseResidentId } from '../../../platform/ids/resident-id';
import type { FieldType, ResourceField, SubjectKind } from '../model';

// Pure checks of one hosted record: the subject, each value's type (a failure rejects the record) and the
// quality rules (a failure is stored as an issue and lowers the score, never rejects).

export type RawValue = string | number | boolean | Date | null | undefined;
export type Value = string | number | boolean;
export interface Problem {
  field?: string;
  rule: string;
}

/** The blind-index purpose and normalised value of a subject, or null when it is not a valid ID of the kind. */
export function subjectKey(kind: SubjectKind, raw: string): { purpose: 'id_number' | 'credit_code'; value: string } | null {
  if (kind === 'person') {
    return checkResidentId(raw) === null ? { purpose: 'id_number', value: normaliseResidentId(raw) } : null;
  }
  return checkCreditCode(raw) === null ? { purpose: 'credit_code', value: normaliseCreditCode(raw) } : null;
}

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE = new Set(['false', '0', 'no', 'n', '否']);

/** A value as the field's type; `null` for an empty value; `undefined` when it does not parse. */
export function parseValue(type: FieldType, raw: RawValue): Value | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' && raw.trim() === '') return null;
  switch (type) {
    case 'string':
      if (raw instanceof Date) return isoDate(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate()) ?? undefined;
      return typeof raw === 'boolean' ? undefined : String(raw).trim();
    case 'number': {
      if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
      if (typeof raw !== 'string' || !/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(raw.trim())) return undefined;
      return Number(raw.trim());
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const text = String(raw).trim().toLowerCase();
      return TRUE.has(text) ? true : FALSE.has(text) ? false : undefined;
    }
    case 'date': {
      // XLSX date cells arrive as Dates at UTC midnight of the calendar day shown.
      if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : (isoDate(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate()) ?? undefined);
      const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(String(raw).trim());
      return m ? (isoDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? undefined) : undefined;
    }
  }
}

/**
 * A record's values by field key, or the reasons it is rejected (unknown keys, values of the wrong type).
 * Empty values are left out: a missing required value is a quality issue, not a rejection.
 */
export function parseRecord(fields: readonly ResourceField[], data: Record<string, RawValue>): { data: Record<string, Value> } | { problems: Problem[] } {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const problems: Problem[] = [];
  const out: Record<string, Value> = {};
  for (const [key, raw] of Object.entries(data)) {
    const field = byKey.get(key);
    if (!field) {
      problems.push({ field: key, rule: 'unknown_field' });
      continue;
    }
    const value = parseValue(field.type, raw);
    if (value === undefined) problems.push({ field: key, rule: 'type' });
    else if (value !== null) out[key] = value;
  }
  return problems.length > 0 ? { problems } : { data: out };
}

/** Lookup of a ref rule's target: whether a value is there. */
export type RefCheck = (value: Value) => boolean;

/** Quality issues of one record (required, pattern, enum, min, max, ref): stored with it, never a rejection. */
export function qualityIssues(fields: readonly ResourceField[], data: Record<string, Value>, refs: ReadonlyMap<string, RefCheck> = new Map()): Problem[] {
  const issues: Problem[] = [];
  for (const field of fields) {
    const rules = field.rules;
    if (!rules) continue;
    const value = data[field.key];
    if (value === undefined) {
      if (rules.required) issues.push({ field: field.key, rule: 'required' });
      continue;
    }
    for (const rule of failedValueRules(field, value)) issues.push({ field: field.key, rule });
    const ref = refs.get(field.key);
    if (ref && !ref(value)) issues.push({ field: field.key, rule: 'ref' });
  }
  return issues;
}

/** The value rules (pattern, enum, min, max) a present value breaks. */
export function failedValueRules(field: ResourceField, value: Value): string[] {
  const rules = field.rules ?? {};
  const failed: string[] = [];
  if (rules.pattern !== undefined && typeof value === 'string' && !safeTest(rules.pattern, value)) failed.push('pattern');
  if (rules.enum !== undefined && !rules.enum.includes(String(value))) failed.push('enum');
  if (rules.min !== undefined && typeof value === 'number' && value < rules.min) failed.push('min');
  if (rules.max !== undefined && typeof value === 'number' && value > rules.max) failed.push('max');
  return failed;
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}
