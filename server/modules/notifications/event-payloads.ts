import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';

// The events this module listens to, as contracts: the emitting module promises these fields (extra ones are
// ignored). A payload that breaks its contract fails the job loudly rather than sending a wrong notice.

const Text = Type.String({ minLength: 1 });
const Maybe = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]));

export const APPLICATION_TRANSITIONED = 'applications.transitioned';
export const ApplicationTransitioned = Type.Object({
  applicationId: Text,
  caseNumber: Text,
  applicantId: Text,
  action: Text,
  toStatus: Text,
  titleZh: Text,
  titleEn: Text,
  reason: Maybe(Type.String()),
  dueOn: Maybe(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  link: Text,
});
export type ApplicationTransitioned = Static<typeof ApplicationTransitioned>;

export const APPLICATION_DEADLINE = 'applications.deadline';
export const ApplicationDeadline = Type.Object({
  applicationId: Text,
  caseNumber: Text,
  state: Type.Union([Type.Literal('approaching'), Type.Literal('overdue')]),
  dueOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  recipientIds: Type.Array(Text),
  titleZh: Text,
  titleEn: Text,
  link: Text,
});
export type ApplicationDeadline = Static<typeof ApplicationDeadline>;

export const LICENCE_ISSUED = 'licences.issued';
export const LicenceIssued = Type.Object({
  licenceId: Text,
  holderUserId: Maybe(Text),
  type: Text,
  number: Text,
  applicationId: Maybe(Type.String()),
});
export type LicenceIssued = Static<typeof LicenceIssued>;

export const SHARING_DEADLINE = 'exchange.request_deadline';
export const SharingDeadline = Type.Object({
  requestId: Text,
  number: Text,
  state: Type.Union([Type.Literal('approaching'), Type.Literal('overdue')]),
  dueOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  recipientIds: Type.Array(Text),
  resourceZh: Text,
  resourceEn: Text,
  link: Text,
});
export type SharingDeadline = Static<typeof SharingDeadline>;

export const SHARING_CHANGED = 'exchange.request_changed';
export const SharingChanged = Type.Object({
  requestId: Text,
  number: Text,
  notice: Type.Union([Type.Literal('to_decide'), Type.Literal('approved'), Type.Literal('refused'), Type.Literal('revoked')]),
  recipientIds: Type.Array(Text),
  resourceZh: Text,
  resourceEn: Text,
  dueOn: Maybe(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  reason: Maybe(Type.String()),
  link: Text,
});
export type SharingChanged = Static<typeof SharingChanged>;

/** Emitted by this module for each SMS/e-mail copy, in the transaction that creates it; the deliver job sends it. */
export const DELIVERY_CREATED = 'notifications.delivery_created';

/** The payload as its contract types it, or an error naming the topic and the first problems. */
export function parseEvent<S extends TSchema>(topic: string, schema: S, payload: unknown): Static<S> {
  if (Value.Check(schema, payload)) return payload;
  const problems = Value.Errors(schema, payload)
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message}`);
  throw new Error(`${topic} payload breaks its contract: ${problems.join('; ')}`);
}
