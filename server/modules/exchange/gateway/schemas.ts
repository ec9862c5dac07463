import { Type } from 'typebox';
import { USAGE_METHODS, USAGE_RESULTS } from '../model';
import { CLAIM_OPERATORS } from './verify-claim';

const FieldKey = Type.String({ minLength: 1, maxLength: 64 });

export const LookupBody = Type.Object({
  resource: Type.String({ minLength: 1, maxLength: 100 }),
  subject: Type.String({ minLength: 1, maxLength: 64 }),
  fields: Type.Array(FieldKey, { minItems: 1, maxItems: 100, uniqueItems: true }),
  purpose: Type.String({ minLength: 1, maxLength: 200 }),
  caseRef: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
});

export const LookupAnswer = Type.Object({
  resource: Type.String(),
  subject: Type.String({ description: 'The subject, masked' }),
  fields: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])),
  masked: Type.Array(Type.String(), { description: 'Keys whose values are masked (sensitive, no plain-value grant)' }),
  fetchedAt: Type.String(),
  recordId: Type.Optional(Type.Integer({ description: 'The exchange record of this call' })),
});

export const VerifyBody = Type.Object({
  resource: Type.String({ minLength: 1, maxLength: 100 }),
  subject: Type.String({ minLength: 1, maxLength: 64 }),
  claim: Type.Object({
    field: FieldKey,
    operator: Type.Enum([...CLAIM_OPERATORS]),
    value: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Boolean()])),
  }),
  purpose: Type.String({ minLength: 1, maxLength: 200 }),
  caseRef: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
});

export const VerifyAnswer = Type.Object({ result: Type.Boolean(), recordId: Type.Integer() });

const DepartmentRef = Type.Union([Type.Object({ id: Type.String(), name: Type.String(), nameEn: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]);
const Nullable = (t: ReturnType<typeof Type.String>) => Type.Union([t, Type.Null()]);

export const ExchangeRecordItem = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  method: Type.Enum([...USAGE_METHODS]),
  callerKind: Type.Union([Type.Literal('api_key'), Type.Literal('staff'), Type.Literal('broker')]),
  callerDepartment: DepartmentRef,
  apiKeyId: Nullable(Type.String()),
  grantId: Nullable(Type.String()),
  resourceCode: Type.String(),
  providerDepartment: DepartmentRef,
  subjectRef: Nullable(Type.String({ description: 'A short prefix of the subject blind index' })),
  fields: Type.Array(Type.String()),
  purpose: Type.String(),
  caseRef: Nullable(Type.String()),
  basis: Nullable(Type.String()),
  result: Type.Enum([...USAGE_RESULTS]),
  reason: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
  sealedSeq: Type.Union([Type.Integer(), Type.Null()]),
});

export const RecordsQuery = Type.Object({
  resource: Type.Optional(Type.String({ maxLength: 100 })),
  result: Type.Optional(Type.Enum([...USAGE_RESULTS])),
  method: Type.Optional(Type.Enum([...USAGE_METHODS])),
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
  cursor: Type.Optional(Type.Integer({ minimum: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});

export const ChainReportBody = Type.Object({
  intact: Type.Boolean(),
  checked: Type.Integer(),
  firstBadSeq: Type.Union([Type.Integer(), Type.Null()]),
  firstBadRecordId: Type.Union([Type.Integer(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
});
