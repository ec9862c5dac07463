import { Type } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() });
const Status = Type.Union([Type.Literal('valid'), Type.Literal('revoked'), Type.Literal('expired')]);
const FieldValue = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);
const Holder = Type.Object({ name: Type.String(), idNumberMasked: Type.Optional(Type.String()), creditCode: Type.Optional(Type.String()) });

export const LicenceSummary = Type.Object({
  id: Type.String(),
  type: Type.String(),
  typeName: Bilingual,
  number: Type.String(),
  issuerName: Type.String(),
  issuedOn: Type.String(),
  validUntil: Nullable(Type.String()),
  status: Status,
});

export const LicencePayload = Type.Object({
  id: Type.String(),
  type: Type.String(),
  number: Type.String(),
  holder: Holder,
  issuer: Type.Object({ code: Type.String(), name: Type.String() }),
  issuedOn: Type.String(),
  validUntil: Nullable(Type.String()),
  trustLevel: Type.String(),
  fields: Type.Record(Type.String(), FieldValue),
});

export const LicenceDetail = Type.Object({
  ...LicenceSummary.properties,
  holder: Holder,
  fields: Type.Record(Type.String(), FieldValue),
  trustLevel: Type.String(),
  applicationId: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
  revokedReason: Nullable(Type.String()),
  payload: LicencePayload,
  jws: Type.String(),
});

export const LicenceVerification = Type.Object({
  valid: Type.Boolean(),
  reason: Nullable(Type.Union([Type.Literal('revoked'), Type.Literal('expired'), Type.Literal('signature_invalid'), Type.Literal('content_mismatch')])),
  licence: Type.Object({
    id: Type.String(),
    type: Type.String(),
    typeName: Bilingual,
    number: Type.String(),
    holderName: Type.String(),
    issuerName: Type.String(),
    issuedOn: Type.String(),
    validUntil: Nullable(Type.String()),
    trustLevel: Type.String(),
    status: Status,
  }),
  checkedAt: Type.String(),
});

export const Jwks = Type.Object({
  keys: Type.Array(Type.Object({ kty: Type.String(), crv: Type.String(), x: Type.String(), kid: Type.String(), alg: Type.String(), use: Type.String() })),
});
