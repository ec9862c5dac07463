import { Type } from 'typebox';

export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()), requestId: Type.String() }),
});

export const LoginStatus = Type.Union([Type.Literal('signed_in'), Type.Literal('totp_required'), Type.Literal('totp_enrolment_required')]);

export const MaskedProfile = Type.Object({
  idNumber: Type.Optional(Type.String()),
  mobile: Type.Optional(Type.String()),
  creditCode: Type.Optional(Type.String()),
  legalRepresentative: Type.Optional(Type.String()),
  regionCode: Type.Optional(Type.String()),
  regionName: Type.Optional(Type.String()),
  regionNameEn: Type.Optional(Type.String()),
  address: Type.Optional(Type.String()),
});

export const DepartmentView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.Union([Type.String(), Type.Null()]),
  kind: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  regionNameEn: Type.Union([Type.String(), Type.Null()]),
});

export const MeView = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('citizen'), Type.Literal('enterprise'), Type.Literal('staff')]),
  name: Type.String(),
  username: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.String()),
  totpEnrolled: Type.Boolean(),
  scope: Type.Object({
    departments: Type.Array(
      Type.Object({ id: Type.String(), code: Type.String(), name: Type.String(), nameEn: Type.Union([Type.String(), Type.Null()]), regionCode: Type.String(), regionName: Type.String(), regionNameEn: Type.Union([Type.String(), Type.Null()]) }),
    ),
    regionCodes: Type.Array(Type.String()),
  }),
  profile: MaskedProfile,
});

export const PersonView = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('citizen'), Type.Literal('enterprise')]),
  name: Type.String(),
  idNumber: Type.Union([Type.String(), Type.Null()]),
  creditCode: Type.Union([Type.String(), Type.Null()]),
  mobile: Type.Union([Type.String(), Type.Null()]),
  regionCode: Type.Union([Type.String(), Type.Null()]),
});

export const RegionView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.Union([Type.String(), Type.Null()]),
  level: Type.String(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
});

export const IdResult = Type.Object({ id: Type.String() });
