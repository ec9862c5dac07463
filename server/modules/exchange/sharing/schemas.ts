import { Type, type Static } from 'typebox';
import { GRADES, REQUEST_STATUSES, SHARING_METHODS, SHARING_TYPES } from '../model';

// Request and response shapes of the sharing API (requests, decisions, grants, API keys). Responses carry only
// these fields; the web imports the Static types type-only.

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number) => Type.String({ maxLength: max });

export const I18nTextView = Type.Object({ zh: Type.String(), en: Type.String() });
export const DepartmentRef = Type.Object({ id: Type.String(), name: Type.String(), nameEn: Nullable(Type.String()) });
export const DeadlineState = Type.Union([Type.Literal('on_time'), Type.Literal('approaching'), Type.Literal('overdue')]);
export const RequestStatusView = Type.Enum([...REQUEST_STATUSES]);
export const SHARING_ACTIONS = ['approve', 'refuse', 'revoke'] as const;
export type SharingAction = (typeof SHARING_ACTIONS)[number];

export const CreateRequestBody = Type.Object({
  resource: Type.String({ minLength: 1, maxLength: 64 }),
  purpose: Text(500),
  legalBasis: Text(500),
  fields: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 }),
  periodFrom: IsoDate,
  periodUntil: IsoDate,
  statutory: Type.Optional(Type.Boolean()),
});
export type CreateRequestBody = Static<typeof CreateRequestBody>;

/** approve: at the provider's step the grant terms (all optional elsewhere); refuse/revoke: the reason. */
export const ActionBody = Type.Object({
  fields: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 })),
  plainFields: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 })),
  ratePerMinute: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  expiresOn: Type.Optional(IsoDate),
  reason: Type.Optional(Text(500)),
  note: Type.Optional(Text(500)),
});
export type ActionBody = Static<typeof ActionBody>;

export const ResourceFieldView = Type.Object({ key: Type.String(), name: I18nTextView, type: Type.String(), personal: Type.Boolean(), sensitive: Type.Boolean() });

export const ResourceSummary = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: I18nTextView,
  grade: Type.Enum([...GRADES]),
  sharingType: Type.Enum([...SHARING_TYPES]),
  method: Type.Enum([...SHARING_METHODS]),
  releasedOn: Nullable(Type.String()),
  provider: DepartmentRef,
  fields: Type.Array(ResourceFieldView),
});
export type ResourceSummary = Static<typeof ResourceSummary>;

export const RequestSummary = Type.Object({
  id: Type.String(),
  number: Type.String(),
  status: RequestStatusView,
  resource: Type.Object({ code: Type.String(), name: I18nTextView, grade: Type.String() }),
  consumer: DepartmentRef,
  provider: DepartmentRef,
  dueOn: Nullable(Type.String()),
  deadline: Nullable(DeadlineState),
  /** What the caller's department may do now (approve / refuse / revoke). */
  availableActions: Type.Array(Type.Enum([...SHARING_ACTIONS])),
  createdAt: Type.String(),
  version: Type.Integer(),
});
export type RequestSummary = Static<typeof RequestSummary>;

export const DecisionView = Type.Object({
  step: RequestStatusView,
  byId: Type.String(),
  byName: Type.String(),
  department: DepartmentRef,
  at: Type.String(),
  outcome: Type.Union([Type.Literal('passed'), Type.Literal('approved'), Type.Literal('refused'), Type.Literal('revoked')]),
  note: Nullable(Type.String()),
});

export const GrantView = Type.Object({ fields: Type.Array(Type.String()), plainFields: Type.Array(Type.String()), ratePerMinute: Type.Integer(), expiresOn: Type.String() });

export const RequestDetail = Type.Object({
  ...RequestSummary.properties,
  resource: ResourceSummary,
  purpose: Type.String(),
  legalBasis: Type.String(),
  statutory: Type.Boolean(),
  requestedFields: Type.Array(Type.String()),
  periodFrom: Type.String(),
  periodUntil: Type.String(),
  decisions: Type.Array(DecisionView),
  grant: Nullable(GrantView),
  refusalReason: Nullable(Type.String()),
  /** The department deciding the current step, when one is open. */
  decidingDepartments: Type.Array(DepartmentRef),
});
export type RequestDetail = Static<typeof RequestDetail>;

export const ListQuery = Type.Object({
  role: Type.Optional(Type.Union([Type.Literal('consumer'), Type.Literal('provider'), Type.Literal('checker'), Type.Literal('higher'), Type.Literal('todo'), Type.Literal('all')])),
  status: Type.Optional(RequestStatusView),
  cursor: Type.Optional(Type.String({ maxLength: 40 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});
export type ListQuery = Static<typeof ListQuery>;

export const RequestPage = Type.Object({ items: Type.Array(RequestSummary), nextCursor: Nullable(Type.String()) });

export const CreateKeyBody = Type.Object({ name: Type.String({ maxLength: 100 }), grantIds: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50 }) });
export type CreateKeyBody = Static<typeof CreateKeyBody>;

export const ApiKeyView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  grants: Type.Array(Type.Object({ id: Type.String(), number: Type.String(), resourceCode: Type.String(), status: RequestStatusView })),
  createdAt: Type.String(),
  revokedAt: Nullable(Type.String()),
  lastUsedAt: Nullable(Type.String()),
});
export type ApiKeyView = Static<typeof ApiKeyView>;

/** The one answer that ever carries the key: shown once, never stored (only its SHA-256). */
export const CreatedKey = Type.Object({ ...ApiKeyView.properties, key: Type.String() });
export type CreatedKey = Static<typeof CreatedKey>;

export const RequestableResource = Type.Object({ ...ResourceSummary.properties, description: I18nTextView });
export type RequestableResource = Static<typeof RequestableResource>;
