// Puts an API error where the user will see it: per-field messages on the form, the rest in one message.
import type { FormInstance, FormRule } from 'antd';
import { ApiError, type FieldProblem } from './api';

/** JSON pointers (/idNumber), body paths (body.idNumber) and plain names all name the same form field. */
function fieldName(field: string): string {
  return field.replace(/^\/+/, '').replace(/^body[./]/, '').split(/[./]/)[0] ?? field;
}

/**
 * Shows validation problems on the form fields named in `fields` and returns the message to show above the form
 * (null when every problem found its field). Values the user typed are left untouched.
 */
export function applyApiError(form: FormInstance, error: unknown, fields: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const problems = error.fieldProblems;
  if (problems.length === 0) return error.message;
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const problem of problems) {
    const name = fieldName(problem.field);
    if (fields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), problem.message]);
    else unplaced.push(problem.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return unplaced.length > 0 ? unplaced.join(' ') : null;
}

/** A form field's name as antd forms take it: `'promisedDays'`, or a path into a list `['materials', 2, 'id']`. */
export type FieldPath = string | (string | number)[];

export interface PlacedProblems {
  /** The first field that got a message (to scroll to), or null. */
  firstField: FieldPath | null;
  placed: number;
  /** Problems that belong to no field of this form. */
  unplaced: FieldProblem[];
}

/**
 * Shows each problem under the field `targetOf` names for it (several messages on one field are kept), for forms
 * whose field paths are only known at run time (list entries, refusals naming `materialIds.2` …).
 */
export function placeFieldProblems(form: FormInstance, problems: readonly FieldProblem[], targetOf: (field: string) => FieldPath | null): PlacedProblems {
  const byTarget = new Map<string, { name: FieldPath; errors: string[] }>();
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const target = targetOf(problem.field);
    if (target === null) {
      unplaced.push(problem);
      continue;
    }
    const key = JSON.stringify(target);
    const entry = byTarget.get(key) ?? { name: target, errors: [] };
    entry.errors.push(problem.message);
    byTarget.set(key, entry);
  }
  const entries = [...byTarget.values()];
  form.setFields(entries);
  return { firstField: entries[0]?.name ?? null, placed: problems.length - unplaced.length, unplaced };
}

/**
 * "Choose at least one" for a checkbox group. A validator rather than `required`: antd would put aria-required on
 * the group's plain div, which ARIA does not allow (axe: aria-allowed-attr).
 */
export function atLeastOne(message: string): FormRule {
  return { validator: (_rule, value: unknown) => (Array.isArray(value) && value.length > 0 ? Promise.resolve() : Promise.reject(new Error(message))) };
}
