import { Type } from 'typebox';
import { Condition, ImplementationContent, LegalBasis, StandardItemContent, WorkflowStep } from './catalogue-format';

const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ItemSummary = Type.Object({
  code: Type.String(),
  name: Bilingual,
  type: Type.String(),
  department: Type.String(),
  departmentName: Nullable(Type.Object({ zh: Type.String(), en: Nullable(Type.String()) })),
  promisedDays: Nullable(Type.Integer()),
  statutoryDays: Type.Integer(),
  visits: Nullable(Type.Integer()),
});

export const ItemGuide = Type.Object({
  code: Type.String(),
  version: Type.Integer(),
  name: Bilingual,
  type: Type.String(),
  departmentKind: Type.String(),
  audience: Type.Array(Type.String()),
  themes: Type.Array(Type.String()),
  legalBasis: Type.Array(LegalBasis),
  statutoryDays: Type.Integer(),
  variants: Type.Array(Type.String()),
  conditions: Type.Array(Condition),
  materials: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Bilingual,
      isRequired: Type.Boolean(),
      formats: Type.Array(Type.String()),
      source: Type.String(),
      sourceRef: Nullable(Type.String()),
      trustLevel: Type.String(),
      isFetched: Type.Boolean(),
      mayCommit: Type.Boolean(),
    }),
  ),
  form: Type.Record(Type.String(), Type.Unknown()),
  workflow: Type.Array(WorkflowStep),
  issuesElicence: Nullable(Type.String()),
  appealRoute: Bilingual,
  implementation: Nullable(
    Type.Object({
      regionCode: Type.String(),
      inherited: Type.Boolean(),
      department: Type.Object({ code: Type.String(), name: Type.String(), nameEn: Nullable(Type.String()) }),
      promisedDays: Type.Integer(),
      fees: Type.Array(Type.Object({ name: Bilingual, amountYuan: Type.Number() })),
      channels: Type.Array(Type.String()),
      visits: Type.Integer(),
      hallAddress: Type.String(),
      hallHours: Type.String(),
      contactPhone: Type.String(),
      notes: Type.String(),
      needsReview: Type.Boolean(),
    }),
  ),
});

export const LifeEventSummary = Type.Object({ id: Type.String(), name: Bilingual, description: Bilingual, audience: Type.String(), itemCodes: Type.Array(Type.String()) });

export const LifeEventView = Type.Object({
  id: Type.String(),
  name: Bilingual,
  description: Bilingual,
  audience: Type.String(),
  items: Type.Array(
    Type.Object({ code: Type.String(), name: Bilingual, departmentKind: Type.String(), dependsOn: Type.Array(Type.String()), statutoryDays: Type.Integer(), promisedDays: Nullable(Type.Integer()) }),
  ),
  form: Type.Record(Type.String(), Type.Unknown()),
  materials: Type.Array(Type.Object({ key: Type.String(), name: Bilingual, source: Type.String(), sourceRef: Nullable(Type.String()), isFetched: Type.Boolean(), itemCodes: Type.Array(Type.String()) })),
  jointDays: Type.Integer(),
  replaces: Type.Object({ applications: Type.Integer(), fields: Type.Integer(), materials: Type.Integer() }),
  merged: Type.Object({ applications: Type.Integer(), fields: Type.Integer(), materials: Type.Integer() }),
});

export const ImplementationListItem = Type.Object({
  id: Type.String(),
  itemCode: Type.String(),
  itemName: Bilingual,
  regionCode: Type.String(),
  departmentCode: Type.String(),
  promisedDays: Type.Integer(),
  statutoryDays: Type.Integer(),
  standardVersion: Type.Integer(),
  currentVersion: Nullable(Type.Integer()),
  needsReview: Type.Boolean(),
});

const StandardVersion = Type.Object({ version: Type.Integer(), content: StandardItemContent });

export const ImplementationEditorView = Type.Object({
  standard: StandardVersion,
  local: Nullable(
    Type.Object({
      regionCode: Type.String(),
      inherited: Type.Boolean(),
      departmentCode: Type.String(),
      standardVersion: Type.Integer(),
      needsReview: Type.Boolean(),
      rowVersion: Type.Integer(),
      content: ImplementationContent,
    }),
  ),
  previousStandard: Nullable(StandardVersion),
});
