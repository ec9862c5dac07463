import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, date } from 'drizzle-orm/pg-core';

/** The typed content of an e-licence (what the signature covers). */
export interface LicencePayload {
  id: string;
  type: string;
  number: string;
  holder: { name: string; idNumberMasked?: string; creditCode?: string };
  issuer: { code: string; name: string };
  issuedOn: string;
  validUntil: string | null;
  trustLevel: 'A';
  fields: Record<string, string | number | boolean>;
}

/** 电子证照: signed (JWS, Ed25519) at issue; the stored JWS is what verification checks. */
export const elicences = pgTable(
  'elicences',
  {
    id: uuid('id').primaryKey(),
    type: text('type').notNull(),
    number: text('number').notNull(),
    /** The account that holds it in its wallet (the applicant; a parent for a newborn's certificates). */
    holderUserId: uuid('holder_user_id'),
    /** Blind index of the holder's ID number or credit code, so a licence can be found without clear values. */
    holderBidx: text('holder_bidx'),
    issuerDepartmentId: uuid('issuer_department_id'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    payload: jsonb('payload').$type<LicencePayload>().notNull(),
    jws: text('jws').notNull(),
    applicationId: uuid('application_id'),
    status: text('status').$type<'valid' | 'revoked'>().notNull().default('valid'),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    revokedReason: text('revoked_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('elicences__type_number__key').on(t.type, t.number),
    index('elicences__holder_user_id__idx').on(t.holderUserId, t.type),
    index('elicences__holder_bidx__idx').on(t.holderBidx),
  ],
);
