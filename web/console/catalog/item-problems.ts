// Where a problem the server reports on a standard item (`materials.2.sourceRef`, `form.properties.name.x-element`,
// `workflow.0.kind` …) belongs in the editor's form; lists take problems that name no single entry.
import type { FieldPath } from '../../shared/form-errors';
import type { ItemFormValues } from './item-form-model';

const TOP_LEVEL: Record<string, string> = {
  code: 'code',
  type: 'type',
  departmentKind: 'departmentKind',
  audience: 'audience',
  themes: 'themes',
  keywords: 'keywords',
  statutoryDays: 'statutoryDays',
  variants: 'variants',
  issuesElicence: 'issuesElicence',
  'name.zh': 'nameZh',
  'name.en': 'nameEn',
  name: 'nameZh',
  'appealRoute.zh': 'appealZh',
  'appealRoute.en': 'appealEn',
  appealRoute: 'appealZh',
};

const FIELD_KEYWORDS: Record<string, string> = {
  title: 'titleZh',
  'x-title-en': 'titleEn',
  type: 'kind',
  format: 'kind',
  enum: 'enumValues',
  pattern: 'pattern',
  minLength: 'min',
  minimum: 'min',
  maxLength: 'max',
  maximum: 'max',
  'x-element': 'element',
};

/** Entry fields whose API name differs from the form's (name.zh → nameZh, text.en → en). */
const ENTRY_FIELDS: Record<string, Record<string, string>> = {
  legalBasis: {},
  conditions: { 'text.zh': 'zh', 'text.en': 'en', text: 'zh' },
  materials: { 'name.zh': 'nameZh', 'name.en': 'nameEn', name: 'nameZh' },
  workflow: { 'name.zh': 'nameZh', 'name.en': 'nameEn', name: 'nameZh' },
};

function formFieldTarget(rest: string, values: ItemFormValues): FieldPath | null {
  const names = (values.fields ?? []).map((field) => field.name);
  // Field names may contain dots; the longest name that the path starts with wins.
  const match = names
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => rest === name || rest.startsWith(`${name}.`))
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (match === undefined) return ['fields'];
  const keyword = rest.slice(match.name.length + 1);
  return ['fields', match.index, keyword === '' ? 'name' : (FIELD_KEYWORDS[keyword] ?? 'name')];
}

/** The form field a problem belongs to, or null when it belongs to the item as a whole. */
export function problemTarget(field: string, values: ItemFormValues): FieldPath | null {
  const path = field.replace(/^\/+/, '').replace(/^body[./]/, '').replace(/\//g, '.');
  const topLevel = TOP_LEVEL[path];
  if (topLevel !== undefined) return topLevel;
  if (path === 'form' || path === 'form.required' || path === 'form.properties') return ['fields'];
  if (path.startsWith('form.properties.')) return formFieldTarget(path.slice('form.properties.'.length), values);
  const [list = '', index, ...rest] = path.split('.');
  const entryFields = ENTRY_FIELDS[list];
  if (entryFields === undefined) return null;
  const position = Number(index);
  if (index === undefined || !Number.isInteger(position) || position < 0) return [list];
  const inner = rest.join('.');
  if (inner === '') return [list];
  return [list, position, entryFields[inner] ?? rest[0] ?? ''];
}
