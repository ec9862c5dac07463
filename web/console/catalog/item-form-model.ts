// The standard item editor's form values ⇄ the API's StandardItemContent, and where a server problem belongs.
import type { FormSchema, Text2 } from '../../shared/catalog-types';
import { fieldKind, type FieldKind } from '../../shared/form-schema';

export interface MaterialContent {
  id: string;
  name: Text2;
  isRequired: boolean;
  formats: string[];
  source: string;
  sourceRef?: string;
  trustLevel: string;
  allowsCommitment?: boolean;
}

/** StandardItemContent (server/modules/catalog/catalogue-format.ts). */
export interface StandardItemContent {
  code: string;
  name: Text2;
  type: string;
  departmentKind: string;
  audience: string[];
  themes: string[];
  keywords: string[];
  legalBasis: { law: string; article: string }[];
  statutoryDays: number;
  variants: string[];
  conditions: { id: string; text: Text2 }[];
  materials: MaterialContent[];
  form: FormSchema;
  workflow: { kind: string; name: Text2; role: string; limitDays?: number }[];
  issuesElicence?: string;
  appealRoute: Text2;
}

export interface ItemVersion {
  version: number;
  /** draft, published or withdrawn. */
  status: string;
  publishedAt: string | null;
  content: StandardItemContent;
}

export interface FormFieldValues {
  name: string;
  titleZh: string;
  titleEn?: string;
  kind: FieldKind;
  isRequired: boolean;
  pattern?: string;
  min?: number | null;
  max?: number | null;
  enumValues: string[];
  element?: string;
  /** Keywords the editor does not manage (description, default, nested properties …), kept as they were. */
  rest: Record<string, unknown>;
}

export interface ItemFormValues {
  code: string;
  nameZh: string;
  nameEn: string;
  type: string;
  departmentKind: string;
  audience: string[];
  themes: string[];
  keywords: string[];
  statutoryDays: number;
  variants: string[];
  issuesElicence?: string;
  appealZh: string;
  appealEn: string;
  legalBasis: { law: string; article: string }[];
  conditions: { id: string; zh: string; en: string }[];
  materials: { id: string; nameZh: string; nameEn: string; isRequired: boolean; formats: string[]; source: string; sourceRef?: string; trustLevel: string; allowsCommitment: boolean }[];
  fields: FormFieldValues[];
  workflow: { kind: string; nameZh: string; nameEn: string; role: string; limitDays?: number | null }[];
}

const MANAGED_KEYWORDS = ['type', 'title', 'x-title-en', 'format', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'x-element'];

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const asNumber = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function toFieldValues(name: string, raw: unknown, required: ReadonlySet<string>): FormFieldValues {
  const schema = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const kind = fieldKind(schema);
  const isText = kind === 'string' || kind === 'enum' || kind === 'date';
  const rest = Object.fromEntries(Object.entries(schema).filter(([key]) => !MANAGED_KEYWORDS.includes(key)));
  return {
    name,
    titleZh: asString(schema.title) ?? '',
    titleEn: asString(schema['x-title-en']),
    kind,
    isRequired: required.has(name),
    pattern: asString(schema.pattern),
    min: asNumber(isText ? schema.minLength : schema.minimum) ?? null,
    max: asNumber(isText ? schema.maxLength : schema.maximum) ?? null,
    enumValues: Array.isArray(schema.enum) ? schema.enum.map(String) : [],
    element: asString(schema['x-element']),
    rest,
  };
}

export function toFormValues(content: StandardItemContent): ItemFormValues {
  const required = new Set(content.form.required ?? []);
  return {
    code: content.code,
    nameZh: content.name.zh,
    nameEn: content.name.en,
    type: content.type,
    departmentKind: content.departmentKind,
    audience: content.audience,
    themes: content.themes,
    keywords: content.keywords,
    statutoryDays: content.statutoryDays,
    variants: content.variants,
    issuesElicence: content.issuesElicence,
    appealZh: content.appealRoute.zh,
    appealEn: content.appealRoute.en,
    legalBasis: content.legalBasis,
    conditions: content.conditions.map((condition) => ({ id: condition.id, zh: condition.text.zh, en: condition.text.en })),
    materials: content.materials.map((material) => ({
      id: material.id,
      nameZh: material.name.zh,
      nameEn: material.name.en,
      isRequired: material.isRequired,
      formats: material.formats,
      source: material.source,
      sourceRef: material.sourceRef,
      trustLevel: material.trustLevel,
      allowsCommitment: material.allowsCommitment === true,
    })),
    fields: Object.entries(content.form.properties).map(([name, raw]) => toFieldValues(name, raw, required)),
    workflow: content.workflow.map((step) => ({ kind: step.kind, nameZh: step.name.zh, nameEn: step.name.en, role: step.role, limitDays: step.limitDays ?? null })),
  };
}

export const EMPTY_ITEM: ItemFormValues = {
  code: '',
  nameZh: '',
  nameEn: '',
  type: 'administrative_licensing',
  departmentKind: 'market_regulation',
  audience: ['person'],
  themes: [],
  keywords: [],
  statutoryDays: 20,
  variants: ['new'],
  appealZh: '',
  appealEn: '',
  legalBasis: [{ law: '', article: '' }],
  conditions: [],
  materials: [],
  fields: [],
  workflow: [
    { kind: 'accept', nameZh: '受理', nameEn: 'Acceptance', role: 'window_clerk', limitDays: null },
    { kind: 'review', nameZh: '审查', nameEn: 'Review', role: 'reviewer', limitDays: null },
    { kind: 'decide', nameZh: '决定', nameEn: 'Decision', role: 'approver', limitDays: null },
  ],
};

const trimmed = (value: string | undefined) => (value ?? '').trim();
const optional = (value: string | undefined) => (trimmed(value) === '' ? undefined : trimmed(value));
const present = (value: number | null | undefined): value is number => typeof value === 'number';

function toFieldSchema(field: FormFieldValues): Record<string, unknown> {
  const isText = field.kind === 'string' || field.kind === 'enum' || field.kind === 'date';
  const schema: Record<string, unknown> = { ...field.rest, type: isText ? 'string' : field.kind, title: trimmed(field.titleZh) };
  if (optional(field.titleEn) !== undefined) schema['x-title-en'] = optional(field.titleEn);
  if (field.kind === 'date') schema.format = 'date';
  if (field.kind === 'enum') schema.enum = field.enumValues.map((value) => value.trim()).filter(Boolean);
  if (field.kind === 'string' && optional(field.pattern) !== undefined) schema.pattern = optional(field.pattern);
  if (present(field.min)) schema[isText ? 'minLength' : 'minimum'] = field.min;
  if (present(field.max)) schema[isText ? 'maxLength' : 'maximum'] = field.max;
  if (optional(field.element) !== undefined) schema['x-element'] = optional(field.element);
  return schema;
}

export function toContent(values: ItemFormValues): StandardItemContent {
  const fields = values.fields ?? [];
  return {
    code: trimmed(values.code),
    name: { zh: trimmed(values.nameZh), en: trimmed(values.nameEn) },
    type: values.type,
    departmentKind: values.departmentKind,
    audience: values.audience ?? [],
    themes: values.themes ?? [],
    keywords: (values.keywords ?? []).map((keyword) => keyword.trim()).filter(Boolean),
    legalBasis: (values.legalBasis ?? []).map((basis) => ({ law: trimmed(basis.law), article: trimmed(basis.article) })),
    statutoryDays: values.statutoryDays,
    variants: values.variants ?? [],
    conditions: (values.conditions ?? []).map((condition) => ({ id: trimmed(condition.id), text: { zh: trimmed(condition.zh), en: trimmed(condition.en) } })),
    materials: (values.materials ?? []).map((material) => ({
      id: trimmed(material.id),
      name: { zh: trimmed(material.nameZh), en: trimmed(material.nameEn) },
      isRequired: material.isRequired,
      formats: material.formats ?? [],
      source: material.source,
      ...(optional(material.sourceRef) === undefined ? {} : { sourceRef: optional(material.sourceRef) }),
      trustLevel: material.trustLevel,
      ...(material.allowsCommitment ? { allowsCommitment: true } : {}),
    })),
    form: {
      type: 'object',
      properties: Object.fromEntries(fields.map((field) => [trimmed(field.name), toFieldSchema(field)])),
      required: fields.filter((field) => field.isRequired).map((field) => trimmed(field.name)),
    },
    workflow: (values.workflow ?? []).map((step) => ({
      kind: step.kind,
      name: { zh: trimmed(step.nameZh), en: trimmed(step.nameEn) },
      role: step.role,
      ...(present(step.limitDays) ? { limitDays: step.limitDays } : {}),
    })),
    ...(optional(values.issuesElicence) === undefined ? {} : { issuesElicence: optional(values.issuesElicence) }),
    appealRoute: { zh: trimmed(values.appealZh), en: trimmed(values.appealEn) },
  };
}
