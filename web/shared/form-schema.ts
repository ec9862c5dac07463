// Reading the fields of an application form schema (JSON Schema subset) for display.
import { isEnglish } from './bilingual';
import type { FormSchema } from './catalog-types';

export type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'enum' | 'object' | 'array';

export interface FormFieldView {
  key: string;
  title: string;
  kind: FieldKind;
  element: string | null;
  isRequired: boolean;
  /** Items that share this field (life events: `x-items`). */
  itemCodes: string[];
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

export function fieldKind(schema: Record<string, unknown>): FieldKind {
  if (Array.isArray(schema.enum)) return 'enum';
  if (schema.type === 'string' && schema.format === 'date') return 'date';
  const type = schema.type;
  return type === 'number' || type === 'integer' || type === 'boolean' || type === 'object' || type === 'array' ? type : 'string';
}

/** The form's top-level fields in schema order, with the title in the UI language (`x-title-en` for English). */
export function formFields(form: FormSchema, language: string): FormFieldView[] {
  const required = new Set(form.required ?? []);
  return Object.entries(form.properties).map(([key, raw]) => {
    const schema = asRecord(raw);
    const titleZh = typeof schema.title === 'string' ? schema.title : key;
    const titleEn = typeof schema['x-title-en'] === 'string' ? schema['x-title-en'] : null;
    const items = schema['x-items'];
    return {
      key,
      title: isEnglish(language) && titleEn !== null ? titleEn : titleZh,
      kind: fieldKind(schema),
      element: typeof schema['x-element'] === 'string' ? schema['x-element'] : null,
      isRequired: required.has(key),
      itemCodes: Array.isArray(items) ? items.filter((code): code is string => typeof code === 'string') : [],
    };
  });
}
