import { Type, type Static } from 'typebox';

// The catalogue's exchange format: what import/export reads and writes, and what a standard item version holds.

export const ITEM_TYPES = ['administrative_licensing', 'administrative_confirmation', 'administrative_payment', 'public_service', 'other'] as const;
export const HANDLING_VARIANTS = ['new', 'change', 'renewal', 'cancellation'] as const;
export const MATERIAL_SOURCES = ['elicence', 'shared_data', 'upload', 'commitment'] as const;
export const TRUST_LEVELS = ['A', 'B', 'C', 'D'] as const;
export const WORKFLOW_STEP_KINDS = ['accept', 'review', 'decide', 'deliver', 'custom'] as const;
export const AUDIENCES = ['person', 'enterprise'] as const;
export const CHANNELS = ['online', 'hall', 'mobile', 'post'] as const;

const Literals = <const T extends string[]>(values: readonly [...T]) => Type.Enum([...values]);
const Bilingual = Type.Object({ zh: Type.String({ minLength: 1, maxLength: 200 }), en: Type.String({ minLength: 1, maxLength: 300 }) });

export const DataElement = Type.Object({
  code: Type.String({ pattern: '^[a-z]+(\\.[a-zA-Z]+)+$', maxLength: 80 }),
  name: Bilingual,
  subject: Literals(['person', 'enterprise', 'other']),
  type: Literals(['string', 'date', 'number', 'integer', 'boolean']),
  isPersonalInformation: Type.Boolean(),
  isSensitive: Type.Boolean(),
});

export const LegalBasis = Type.Object({ law: Type.String({ minLength: 1, maxLength: 200 }), article: Type.String({ maxLength: 100 }) });

export const Condition = Type.Object({ id: Type.String({ pattern: '^[a-z0-9_]+$', maxLength: 40 }), text: Bilingual });

export const Material = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9_]+$', maxLength: 40 }),
  name: Bilingual,
  isRequired: Type.Boolean(),
  formats: Type.Array(Literals(['pdf', 'jpeg', 'png']), { minItems: 1 }),
  source: Literals(MATERIAL_SOURCES),
  /** e-licence type code (source elicence) or data element code (source shared_data). */
  sourceRef: Type.Optional(Type.String({ maxLength: 80 })),
  trustLevel: Literals(TRUST_LEVELS),
  /** Whether a region may let the applicant sign a commitment (告知承诺) instead of submitting it. */
  allowsCommitment: Type.Optional(Type.Boolean()),
});

export const WorkflowStep = Type.Object({
  kind: Literals(WORKFLOW_STEP_KINDS),
  name: Bilingual,
  role: Literals(['window_clerk', 'reviewer', 'approver']),
  limitDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
});

/** A JSON Schema (draft 2020-12 subset) for the application form; `x-element` binds a field to a data element. */
export const FormSchema = Type.Object(
  {
    type: Type.Literal('object'),
    properties: Type.Record(Type.String(), Type.Unknown()),
    required: Type.Optional(Type.Array(Type.String())),
    /** Field order (JSONB does not keep key order); written on save. */
    'x-order': Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: true },
);

/** The nationally fixed elements of one version of a standard item. */
export const StandardItemContent = Type.Object({
  code: Type.String({ pattern: '^[0-9A-Z-]{6,40}$' }),
  name: Bilingual,
  type: Literals(ITEM_TYPES),
  departmentKind: Type.String({ minLength: 1, maxLength: 40 }),
  audience: Type.Array(Literals(AUDIENCES), { minItems: 1 }),
  themes: Type.Array(Type.String({ maxLength: 40 })),
  /** Extra search words (synonyms people use, e.g. 开饭店 for a food business licence). */
  keywords: Type.Array(Type.String({ maxLength: 40 })),
  legalBasis: Type.Array(LegalBasis, { minItems: 1 }),
  statutoryDays: Type.Integer({ minimum: 0, maximum: 365 }),
  variants: Type.Array(Literals(HANDLING_VARIANTS), { minItems: 1 }),
  conditions: Type.Array(Condition),
  materials: Type.Array(Material),
  form: FormSchema,
  workflow: Type.Array(WorkflowStep, { minItems: 2 }),
  /** e-licence type this item issues on approval, if any. */
  issuesElicence: Type.Optional(Type.String({ maxLength: 80 })),
  appealRoute: Bilingual,
});
export type StandardItemContent = Static<typeof StandardItemContent>;

export const LifeEventContent = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 60 }),
  name: Bilingual,
  description: Bilingual,
  audience: Literals(AUDIENCES),
  items: Type.Array(Type.Object({ itemCode: Type.String(), dependsOn: Type.Array(Type.String()) }), { minItems: 2 }),
});
export type LifeEventContent = Static<typeof LifeEventContent>;

export const CatalogueDocument = Type.Object({
  format: Type.Literal('yiwang-catalogue/1'),
  dataElements: Type.Array(DataElement),
  items: Type.Array(StandardItemContent),
  lifeEvents: Type.Array(LifeEventContent),
});
export type CatalogueDocument = Static<typeof CatalogueDocument>;

/** A region's claim on a standard item (实施清单 entry): only what a locality may set. */
export const ImplementationContent = Type.Object({
  itemCode: Type.String(),
  regionCode: Type.String({ pattern: '^[0-9]{6,12}$' }),
  departmentCode: Type.String({ maxLength: 40 }),
  promisedDays: Type.Integer({ minimum: 0, maximum: 365 }),
  fees: Type.Array(Type.Object({ name: Bilingual, amountYuan: Type.Number({ minimum: 0 }) })),
  channels: Type.Array(Literals(CHANNELS), { minItems: 1 }),
  visits: Type.Integer({ minimum: 0, maximum: 5 }),
  hallAddress: Type.String({ maxLength: 200 }),
  hallHours: Type.String({ maxLength: 200 }),
  contactPhone: Type.String({ maxLength: 40 }),
  notes: Type.String({ maxLength: 1000 }),
  /** Ids of the standard's materials this region asks for (a subset; omitting one makes it easier). */
  materialIds: Type.Array(Type.String()),
  /** Ids of the standard's conditions this region applies (a subset). */
  conditionIds: Type.Array(Type.String()),
  /** Materials the applicant may replace by a signed commitment here (only where the standard allows it). */
  commitmentMaterialIds: Type.Array(Type.String()),
});
export type ImplementationContent = Static<typeof ImplementationContent>;

export const ImplementationDocument = Type.Object({
  format: Type.Literal('yiwang-implementations/1'),
  implementations: Type.Array(ImplementationContent),
});

/**
 * JSONB does not keep object key order, so a form's field order is saved beside it (`x-order`) and restored on
 * read: people fill in fields in the order the standard lists them.
 */
export function withFieldOrder(content: StandardItemContent): StandardItemContent {
  return { ...content, form: { ...content.form, 'x-order': Object.keys(content.form.properties) } };
}

export function inFieldOrder(content: StandardItemContent): StandardItemContent {
  const order = content.form['x-order'];
  if (!Array.isArray(order)) return content;
  const properties: Record<string, unknown> = {};
  for (const key of order) if (typeof key === 'string' && key in content.form.properties) properties[key] = content.form.properties[key];
  for (const [key, value] of Object.entries(content.form.properties)) if (!(key in properties)) properties[key] = value;
  return { ...content, form: { ...content.form, properties } };
}
