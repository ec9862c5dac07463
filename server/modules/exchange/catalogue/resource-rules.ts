import type { FieldProblem } from '../../../platform/errors/app-error';
import type { Lang } from '../../../platform/http/language';
import { GRADES, type Grade, type ResourceField } from '../model';
import { ruleText } from './messages';
import type { ResourceEdit } from './schemas';

/** Resource codes: upper-case words joined by hyphens, e.g. PSB-HOUSEHOLD, AMR-ENTERPRISE-OPEN. */
export const RESOURCE_CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;
const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** GB/T 43697 order: general < important < core. A derived resource takes the highest of its own and its inputs'. */
export function highestGrade(declared: Grade, inputs: readonly Grade[]): Grade {
  return [declared, ...inputs].reduce((a, b) => (GRADES.indexOf(b) > GRADES.indexOf(a) ? b : a), declared);
}

export interface KnownResource {
  code: string;
  grade: Grade;
  fields: ResourceField[];
}

export interface RuleContext {
  /** The code being published or edited (a field may refer to its own resource). */
  code: string;
  elements: ReadonlySet<string>;
  /** Resources named in derivedFrom or in ref rules, by code. */
  resources: ReadonlyMap<string, KnownResource>;
  lang: Lang;
}

/** Every problem of a resource definition, each naming its field (`fields.2.element`, `notSharedBasis`, …). */
export function resourceProblems(input: ResourceEdit & { code: string }, ctx: RuleContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, rule: string) => problems.push({ field, rule, message: ruleText(rule, ctx.lang) });
  if (!RESOURCE_CODE.test(input.code)) add('code', 'pattern');
  const keys = new Set<string>();
  input.fields.forEach((f, i) => {
    if (f.key === 'subject') add(`fields.${i}.key`, 'reserved');
    else if (!FIELD_KEY.test(f.key)) add(`fields.${i}.key`, 'pattern');
    if (keys.has(f.key)) add(`fields.${i}.key`, 'unique');
    keys.add(f.key);
    if (f.element !== undefined && !ctx.elements.has(f.element)) add(`fields.${i}.element`, 'unknown_element');
    if (f.sensitive && !f.personal) add(`fields.${i}.personal`, 'sensitive_requires_personal');
    if (input.openData && f.personal) add(`fields.${i}.personal`, 'not_in_open_data');
    fieldRuleProblems(f, i, input.code, input.fields, ctx, add);
  });
  if (input.sharingType === 'not_shared' && !input.notSharedBasis?.trim()) add('notSharedBasis', 'required');
  if (input.openData && input.sharingType === 'not_shared') add('openData', 'not_shared_open');
  const derived = input.derivedFrom ?? [];
  derived.forEach((code, i) => {
    if (code === input.code) add(`derivedFrom.${i}`, 'self_reference');
    else if (!ctx.resources.has(code)) add(`derivedFrom.${i}`, 'unknown_resource');
  });
  const stored = highestGrade(input.grade, derived.flatMap((c) => ctx.resources.get(c)?.grade ?? []));
  if (input.openData && stored !== 'general') add('openData', 'open_data_grade');
  (input.uniqueFields ?? []).forEach((key, i) => {
    if (!keys.has(key)) add(`uniqueFields.${i}`, 'unknown_field');
  });
  return problems;
}

function fieldRuleProblems(f: ResourceField, i: number, ownCode: string, ownFields: ResourceField[], ctx: RuleContext, add: (field: string, rule: string) => void): void {
  const rules = f.rules;
  if (!rules) return;
  const at = `fields.${i}.rules`;
  if (rules.pattern !== undefined) {
    if (f.type !== 'string') add(`${at}.pattern`, 'rule_type');
    else if (!compiles(rules.pattern)) add(`${at}.pattern`, 'invalid_pattern');
  }
  if (rules.enum !== undefined && f.type !== 'string') add(`${at}.enum`, 'rule_type');
  if ((rules.min !== undefined || rules.max !== undefined) && f.type !== 'number') add(`${at}.${rules.min !== undefined ? 'min' : 'max'}`, 'rule_type');
  if (rules.min !== undefined && rules.max !== undefined && rules.min > rules.max) add(`${at}.min`, 'range');
  if (rules.ref) {
    const target = rules.ref.resource === ownCode ? { fields: ownFields } : ctx.resources.get(rules.ref.resource);
    if (!target) add(`${at}.ref.resource`, 'unknown_resource');
    else if (rules.ref.field !== undefined && !target.fields.some((t) => t.key === rules.ref?.field)) add(`${at}.ref.field`, 'unknown_field');
  }
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** The codes a definition refers to (inputs and ref targets), to load before checking. */
export function referencedCodes(input: ResourceEdit): string[] {
  const refs = input.fields.flatMap((f) => (f.rules?.ref ? [f.rules.ref.resource] : []));
  return [...new Set([...(input.derivedFrom ?? []), ...refs])];
}
