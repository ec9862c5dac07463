// Puts an API error where the user will see it: per-field messages on the form, the rest in one message.
import type { FormInstance } from 'antd';
import { ApiError } from './api';

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
