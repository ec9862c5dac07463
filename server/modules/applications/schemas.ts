import { Type } from 'typebox';
import { APPLICATION_STATUSES } from './tables';
import { ACTIONS } from './workflow';
import { RATING_TAGS } from './rate-application';

// HTTP shapes of the applications API (web/shared/application-types.ts mirrors them for the web apps).

const Text2 = Type.Object({ zh: Type.String(), en: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Department = Type.Object({ code: Type.String(), name: Type.String(), nameEn: Nullable(Type.String()) });
const Region = Type.String({ pattern: '^[0-9]{6,12}$' });

export const TargetQuery = Type.Object({
  implementation: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  lifeEvent: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  region: Region,
});

/** Resource codes the applicant consents to now (sensitive data without a statutory basis). */
const Consent = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 30, uniqueItems: true });

export const PrepareQuery = Type.Intersect([
  TargetQuery,
  Type.Object({
    consent: Type.Optional(Type.String({ maxLength: 1000, pattern: '^[A-Za-z0-9_.,-]*$', description: 'comma-separated resource codes' })),
    draftId: Type.Optional(Type.String({ format: 'uuid' })),
  }),
]);

export const MaterialChoice = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 120 }),
  provision: Type.Enum(['fetched', 'upload', 'commitment']),
  fileId: Type.Optional(Type.String({ format: 'uuid' })),
});

export const ApplicationInput = Type.Object({
  implementation: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  lifeEvent: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  region: Region,
  form: Type.Record(Type.String({ maxLength: 120 }), Type.Unknown(), { maxProperties: 200 }),
  materials: Type.Array(MaterialChoice, { maxItems: 60 }),
  draftId: Type.Optional(Type.String({ format: 'uuid' })),
  consent: Type.Optional(Consent),
  /** Field keys the applicant fills by hand instead of the fetched value (the manual alternative). */
  manual: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 120 }), { maxItems: 200, uniqueItems: true })),
});

export const DraftSaved = Type.Object({ id: Type.String(), version: Type.Integer(), updatedAt: Type.String() });
export const DraftSummary = Type.Object({
  id: Type.String(),
  title: Text2,
  implementation: Nullable(Type.String()),
  lifeEvent: Nullable(Type.String()),
  region: Type.String(),
  version: Type.Integer(),
  updatedAt: Type.String(),
});
export const Draft = Type.Intersect([DraftSummary, Type.Object({ form: Type.Record(Type.String(), Type.Unknown()), materials: Type.Array(MaterialChoice) })]);

export const Submitted = Type.Object({ id: Type.String(), caseNumber: Type.String(), status: Type.String() });

export const CaseSummary = Type.Object({
  id: Type.String(),
  caseNumber: Type.String(),
  kind: Type.Enum(['single', 'bundle', 'child']),
  title: Text2,
  status: Type.Enum([...APPLICATION_STATUSES]),
  itemCode: Nullable(Type.String()),
  lifeEventId: Nullable(Type.String()),
  applicantName: Type.String(),
  department: Nullable(Department),
  regionCode: Type.String(),
  submittedAt: Nullable(Type.String()),
  updatedAt: Type.String(),
  dueOn: Nullable(Type.String()),
  dueProvisional: Type.Boolean(),
  deadlineState: Type.Enum(['on_time', 'approaching', 'overdue']),
  workingDaysLeft: Nullable(Type.Integer()),
  escalated: Type.Boolean(),
  assignee: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  currentStep: Nullable(Type.Object({ index: Type.Integer(), name: Text2, role: Type.String() })),
  version: Type.Integer(),
});

export const CaseView = Type.Intersect([
  CaseSummary,
  Type.Object({
    fields: Type.Array(Type.Object({ key: Type.String(), title: Text2, value: Type.Unknown() })),
    materials: Type.Array(
      Type.Object({
        id: Type.String(),
        name: Text2,
        source: Type.String(),
        provision: Type.Enum(['fetched', 'upload', 'commitment', 'pending']),
        licence: Nullable(Type.Object({ id: Type.String(), number: Type.String(), issuer: Type.String() })),
        file: Nullable(Type.Object({ id: Type.String(), fileName: Type.String(), mediaType: Type.String(), sha256: Type.String() })),
        statement: Nullable(Type.String()),
        pendingFrom: Nullable(Type.String()),
        shared: Nullable(Type.Object({ fact: Type.String(), fetchedAt: Nullable(Type.String()) })),
      }),
    ),
    timeline: Type.Array(
      Type.Object({ at: Type.String(), actorName: Type.String(), action: Type.String(), fromStatus: Nullable(Type.String()), toStatus: Type.String(), note: Nullable(Type.String()), caseNumber: Type.String() }),
    ),
    steps: Type.Array(Type.Object({ index: Type.Integer(), kind: Type.String(), name: Text2, role: Type.String(), state: Type.Enum(['done', 'current', 'todo']) })),
    supplementRequest: Nullable(Type.Object({ items: Type.Array(Type.String()), note: Type.String(), requestedAt: Type.String() })),
    decision: Nullable(Type.Object({ outcome: Type.String(), reason: Type.Optional(Type.String()), legalBasis: Type.Optional(Type.String()), at: Type.String() })),
    licence: Nullable(Type.Object({ id: Type.String(), number: Type.String(), type: Type.String() })),
    promisedDays: Type.Integer(),
    extensionDays: Type.Integer(),
    acceptedOn: Nullable(Type.String()),
    children: Type.Array(CaseSummary),
    parent: Nullable(Type.Object({ id: Type.String(), caseNumber: Type.String(), title: Text2 })),
    availableActions: Type.Array(Type.Enum([...ACTIONS])),
    rating: Nullable(Type.Object({ score: Type.Integer(), tags: Type.Array(Type.String()), comment: Nullable(Type.String()), createdAt: Type.String() })),
    canRate: Type.Boolean(),
    expected: Type.Enum(['supplement', 'rate', 'none']),
  }),
]);

export const ActionBody = Type.Object(
  {
    note: Type.Optional(Type.String({ maxLength: 1000 })),
    reason: Type.Optional(Type.String({ maxLength: 1000 })),
    legalBasis: Type.Optional(Type.String({ maxLength: 500 })),
    items: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 })),
    newFacts: Type.Optional(Type.String({ maxLength: 1000 })),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
    assigneeId: Type.Optional(Type.String({ format: 'uuid' })),
    method: Type.Optional(Type.Enum(['elicence', 'mail', 'counter'])),
    materials: Type.Optional(Type.Array(MaterialChoice, { maxItems: 60 })),
    form: Type.Optional(Type.Record(Type.String({ maxLength: 120 }), Type.Unknown(), { maxProperties: 200 })),
  },
  { additionalProperties: false },
);

export const RatingInput = Type.Object(
  {
    score: Type.Integer({ minimum: 1, maximum: 5 }),
    tags: Type.Optional(Type.Array(Type.Enum([...RATING_TAGS]), { maxItems: 5, uniqueItems: true })),
    comment: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export const Rating = Type.Object({ score: Type.Integer(), tags: Type.Array(Type.String()), comment: Nullable(Type.String()), createdAt: Type.String() });

export const PrepareView = Type.Object({
  target: Type.Object({
    kind: Type.Enum(['item', 'lifeEvent']),
    itemCode: Nullable(Type.String()),
    lifeEventId: Nullable(Type.String()),
    title: Text2,
    region: Type.String(),
    items: Type.Array(Type.Object({ itemCode: Type.String(), name: Text2, department: Department, promisedDays: Type.Integer(), dependsOn: Type.Array(Type.String()) })),
    jointDays: Type.Integer(),
  }),
  fields: Type.Array(
    Type.Object({
      key: Type.String(),
      schema: Type.Record(Type.String(), Type.Unknown()),
      required: Type.Boolean(),
      element: Nullable(Type.String()),
      prefill: Nullable(
        Type.Object({ value: Type.Union([Type.String(), Type.Number(), Type.Boolean()]), source: Text2, fetchedAt: Type.String(), editable: Type.Boolean(), resource: Nullable(Type.String()) }),
      ),
    }),
  ),
  materials: Type.Array(
    Type.Object({
      key: Type.String(),
      name: Text2,
      source: Type.String(),
      formats: Type.Array(Type.String()),
      required: Type.Boolean(),
      commitmentAllowed: Type.Boolean(),
      producedInBundle: Type.Boolean(),
      fetchable: Nullable(Type.Object({ licenceId: Type.String(), number: Type.String(), issuerName: Type.String(), issuedOn: Type.String() })),
      /** A shared-data material proved through the data exchange instead of a document. */
      shared: Nullable(Type.Object({ value: Type.String(), source: Text2, fetchedAt: Type.String(), resource: Type.String() })),
    }),
  ),
  counts: Type.Object({ fieldsTotal: Type.Integer(), fieldsFetched: Type.Integer(), materialsTotal: Type.Integer(), materialsFetched: Type.Integer() }),
  commitmentText: Text2,
  consentNeeded: Type.Array(Type.Object({ resource: Type.String(), resourceName: Text2, provider: Text2, fields: Type.Array(Type.Object({ key: Type.String(), name: Text2 })) })),
});
