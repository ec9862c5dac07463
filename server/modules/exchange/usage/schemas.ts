import { Type } from 'typebox';
import { USAGE_BASES, USAGE_METHODS, USAGE_RESULTS } from '../model';

// HTTP shapes of "who used my data" and of the reports of wrong use.

const Text2 = Type.Object({ zh: Type.String(), en: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Named = Type.Object({ id: Type.String(), name: Text2 });
const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });

export const UsageQuery = Type.Object({
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  department: Type.Optional(Type.String({ format: 'uuid' })),
  method: Type.Optional(Type.Enum([...USAGE_METHODS])),
  cursor: Type.Optional(Type.Integer({ minimum: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

export const ExportQuery = Type.Object({
  format: Type.Union([Type.Literal('csv'), Type.Literal('json')]),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  department: Type.Optional(Type.String({ format: 'uuid' })),
  method: Type.Optional(Type.Enum([...USAGE_METHODS])),
});

export const UsageItem = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  method: Type.Enum([...USAGE_METHODS]),
  result: Type.Enum([...USAGE_RESULTS]),
  basis: Nullable(Type.Enum([...USAGE_BASES])),
  department: Nullable(Named),
  provider: Nullable(Named),
  resource: Type.Object({ code: Type.String(), name: Text2 }),
  fields: Type.Array(Type.Object({ key: Type.String(), name: Text2 })),
  purpose: Type.String(),
  caseRef: Nullable(Type.String()),
  case: Nullable(Type.Object({ id: Type.String(), caseNumber: Type.String() })),
});

export const UsagePage = Type.Object({
  items: Type.Array(Type.Intersect([UsageItem, Type.Object({ reported: Type.Boolean() })])),
  nextCursor: Nullable(Type.Integer()),
  departments: Type.Array(Named),
});

export const ReportInput = Type.Object({ reason: Type.String({ minLength: 2, maxLength: 1000 }) }, { additionalProperties: false });
export const ReportCreated = Type.Object({ id: Type.String(), status: Type.Literal('open'), createdAt: Type.String() });

const ReportStatus = Type.Union([Type.Literal('open'), Type.Literal('upheld'), Type.Literal('dismissed')]);
export const ReportsQuery = Type.Object({ status: Type.Optional(ReportStatus), cursor: Type.Optional(Type.String({ maxLength: 40 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) });
export const UsageReport = Type.Object({
  id: Type.String(),
  status: ReportStatus,
  reason: Type.String(),
  decision: Nullable(Type.String()),
  createdAt: Type.String(),
  decidedAt: Nullable(Type.String()),
  record: Nullable(UsageItem),
});
export const ReportsPage = Type.Object({ items: Type.Array(UsageReport), nextCursor: Nullable(Type.String()) });
export const DecideInput = Type.Object({ outcome: Type.Union([Type.Literal('upheld'), Type.Literal('dismissed')]), decision: Type.String({ minLength: 2, maxLength: 2000 }) }, { additionalProperties: false });
