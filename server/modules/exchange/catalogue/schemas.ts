import { Type, type Static } from 'typebox';
import { FIELD_TYPES, GRADES, SHARING_METHODS, SHARING_TYPES, SUBJECT_KINDS, UPDATE_CYCLES } from '../model';

const union = <const T extends string[]>(values: readonly [...T]) => Type.Enum([...values]);
const I18n = Type.Object({ zh: Type.String({ minLength: 1, maxLength: 200 }), en: Type.String({ minLength: 1, maxLength: 200 }) });
const LongI18n = Type.Object({ zh: Type.String({ maxLength: 2000 }), en: Type.String({ maxLength: 2000 }) });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const Grade = union(GRADES);
export const SharingType = union(SHARING_TYPES);
export const Method = union(SHARING_METHODS);
export const UpdateCycle = union(UPDATE_CYCLES);
export const SubjectKind = union(SUBJECT_KINDS);

export const FieldRules = Type.Object(
  {
    required: Type.Optional(Type.Boolean()),
    pattern: Type.Optional(Type.String({ maxLength: 200 })),
    enum: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 200 })),
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    ref: Type.Optional(Type.Object({ resource: Type.String({ maxLength: 64 }), field: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

export const ResourceField = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 64 }),
    name: I18n,
    type: union(FIELD_TYPES),
    element: Type.Optional(Type.String({ maxLength: 100 })),
    personal: Type.Boolean(),
    sensitive: Type.Boolean(),
    rules: Type.Optional(FieldRules),
  },
  { additionalProperties: false },
);

export const Classification = Type.Object({ class: Type.String({ minLength: 1, maxLength: 100 }), item: Type.String({ minLength: 1, maxLength: 100 }), category: Type.String({ minLength: 1, maxLength: 100 }) });

/** What a data steward publishes (or edits: the same body without the code). */
const resourceProperties = {
  name: I18n,
  description: LongI18n,
  classification: Classification,
  subjectKind: SubjectKind,
  fields: Type.Array(ResourceField, { minItems: 1, maxItems: 200 }),
  derivedFrom: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50 })),
  grade: Grade,
  sharingType: SharingType,
  notSharedBasis: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  method: Method,
  openData: Type.Boolean(),
  updateCycle: UpdateCycle,
  uniqueFields: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20 })),
  releasedOn: Type.Optional(Nullable(Type.String({ format: 'date' }))),
};

export const ResourceEdit = Type.Object(resourceProperties, { additionalProperties: false });
export const ResourceInput = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 64 }),
    /** The provider department's code; defaults to the steward's only department. */
    providerDepartment: Type.Optional(Type.String({ maxLength: 64 })),
    ...resourceProperties,
  },
  { additionalProperties: false },
);
export type ResourceInput = Static<typeof ResourceInput>;
export type ResourceEdit = Static<typeof ResourceEdit>;

const Department = Type.Object({ id: Type.String(), code: Type.String(), name: Type.String(), nameEn: Nullable(Type.String()) });

export const QualityReport = Type.Object({
  score: Type.Number(),
  completeness: Type.Number(),
  validity: Type.Number(),
  timeliness: Type.Number(),
  consistency: Type.Number(),
  records: Type.Integer(),
  failing: Type.Array(Type.Object({ field: Type.Optional(Type.String()), rule: Type.String(), count: Type.Integer() })),
  computedAt: Type.String(),
});

export const ResourceSummary = Type.Object({
  code: Type.String(),
  name: Type.Object({ zh: Type.String(), en: Type.String() }),
  description: Type.Object({ zh: Type.String(), en: Type.String() }),
  classification: Classification,
  provider: Department,
  subjectKind: SubjectKind,
  grade: Grade,
  sharingType: SharingType,
  method: Method,
  openData: Type.Boolean(),
  updateCycle: UpdateCycle,
  releasedOn: Nullable(Type.String()),
  qualityScore: Nullable(Type.Number()),
  updatedAt: Type.String(),
});

export const ResourceDetail = Type.Object({
  ...ResourceSummary.properties,
  fields: Type.Array(ResourceField),
  derivedFrom: Type.Array(Type.String()),
  /** The highest grade of the inputs (derivedFrom), or null: `grade` is never below it. */
  inputsGrade: Nullable(Grade),
  notSharedBasis: Nullable(Type.String()),
  uniqueFields: Type.Array(Type.String()),
  status: Type.String(),
  version: Type.Integer(),
  recordCount: Type.Integer(),
  lastLoadedAt: Nullable(Type.String()),
  quality: Nullable(QualityReport),
  /** Whether the caller is a data steward of the provider (may edit, load and import). */
  canManage: Type.Boolean(),
});
export type ResourceDetail = Static<typeof ResourceDetail>;

/** A publish or edit answer: the detail plus how the stored grade came about. */
export const SavedResource = Type.Object({
  ...ResourceDetail.properties,
  declaredGrade: Grade,
  /** True when an input's grade was higher than the declared one, so the stored grade was raised to it. */
  gradeDerived: Type.Boolean(),
});
export type SavedResource = Static<typeof SavedResource>;

export const ResourceList = Type.Object({ items: Type.Array(ResourceSummary), nextCursor: Nullable(Type.String()) });
export const ResourceQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  provider: Type.Optional(Type.String({ maxLength: 64 })),
  grade: Type.Optional(Grade),
  sharingType: Type.Optional(SharingType),
  openData: Type.Optional(Type.Boolean()),
  cursor: Type.Optional(Type.String({ maxLength: 40 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});
export type ResourceQuery = Static<typeof ResourceQuery>;

export const RecordsBody = Type.Object(
  {
    records: Type.Array(
      Type.Object({ subject: Type.String({ maxLength: 64 }), data: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 1000 },
    ),
  },
  { additionalProperties: false },
);
export type RecordsBody = Static<typeof RecordsBody>;

export const Rejection = Type.Object({ index: Type.Integer(), field: Type.Optional(Type.String()), rule: Type.String(), message: Type.String() });
export const LoadResult = Type.Object({ accepted: Type.Integer(), rejected: Type.Array(Rejection), quality: QualityReport });

export const ImportRowError = Type.Object({ row: Type.Integer(), field: Type.Optional(Type.String()), rule: Type.String(), message: Type.Object({ zh: Type.String(), en: Type.String() }) });
export const ImportStatus = Type.Object({
  id: Type.String(),
  resource: Type.String(),
  fileName: Type.String(),
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  totalRows: Type.Integer(),
  processedRows: Type.Integer(),
  acceptedRows: Type.Integer(),
  errors: Type.Array(ImportRowError),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});
export type ImportStatus = Static<typeof ImportStatus>;

export const OpenDataItem = Type.Object({
  code: Type.String(),
  name: Type.Object({ zh: Type.String(), en: Type.String() }),
  description: Type.Object({ zh: Type.String(), en: Type.String() }),
  provider: Type.Object({ name: Type.String(), nameEn: Nullable(Type.String()) }),
  updateCycle: UpdateCycle,
  releasedOn: Nullable(Type.String()),
  updatedAt: Type.String(),
  fields: Type.Array(Type.Object({ key: Type.String(), name: Type.Object({ zh: Type.String(), en: Type.String() }), type: Type.String() })),
  recordCount: Type.Integer(),
  csvUrl: Type.String(),
});
export const OpenDataList = Type.Object({ items: Type.Array(OpenDataItem), dcatUrl: Type.String() });

export type ResourceSummary = Static<typeof ResourceSummary>;
export type ResourceList = Static<typeof ResourceList>;
export type QualityReportView = Static<typeof QualityReport>;
export type LoadResult = Static<typeof LoadResult>;
export type OpenDataItem = Static<typeof OpenDataItem>;
export type OpenDataList = Static<typeof OpenDataList>;
export type ResourceFieldView = Static<typeof ResourceField>;
