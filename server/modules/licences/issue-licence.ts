import { randomBytes, randomUUID } from 'node:crypto';
import type { Tx } from '../../db/client';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayInChina } from '../../platform/calendar/working-calendar';
import type { UseCaseContext } from '../../platform/context';
import { maskCreditCode, maskIdNumber } from '../../platform/crypto/masking';
import { AppError, ProblemList } from '../../platform/errors/app-error';
import { violatedConstraint } from '../../platform/errors/constraints';
import { emitEvent } from '../../platform/jobs/outbox';
import { findDepartmentsByIds } from '../identity/org-lookups';
import { licenceType } from './licence-types';
import { isIsoDay, validUntilFor } from './licence-rules';
import { elicences, type LicencePayload } from './tables';

export interface IssueLicenceInput {
  type: string;
  /** The account whose wallet holds it (the applicant; a parent for a newborn). */
  holderUserId: string | null;
  /** Clear values in; the payload keeps only the masked ID number / credit code. */
  holder: { name: string; idNumber?: string; creditCode?: string };
  issuerDepartmentId: string;
  applicationId: string | null;
  /** Typed content (e.g. childName, childBirthDate…). */
  fields: Record<string, string | number | boolean>;
  /** YYYY-MM-DD; today in China by default. */
  issuedOn?: string;
  /** False when loading existing licences (seed, migration): nobody is told of a licence they already had. */
  announce?: boolean;
}

export interface IssuedLicence {
  id: string;
  number: string;
  type: string;
}

// Crockford base32: no I, L, O, U, so a number read aloud or retyped is not misread.
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const NUMBER_ATTEMPTS = 3;

/** `SFZ-339900-2026-7K3M9Q2W`: type prefix, issuer region, year, 40 random bits. */
function licenceNumber(prefix: string, regionCode: string, issuedOn: string): string {
  const random = [...randomBytes(8)].map((b) => BASE32[b % 32]).join('');
  return `${prefix}-${regionCode}-${issuedOn.slice(0, 4)}-${random}`;
}

function checkInput(input: IssueLicenceInput, issuedOn: string): void {
  const problems = new ProblemList();
  if (!input.type.trim()) problems.add('type', 'required', '');
  if (!input.holder.name.trim()) problems.add('holder.name', 'required', '');
  if (!isIsoDay(issuedOn)) problems.add('issuedOn', 'pattern', '');
  problems.throwIfAny();
}

/**
 * Issues a signed e-licence inside the caller's transaction (an approval, the seed): builds the payload, signs it
 * (compact JWS, Ed25519), stores it with an audit record and the `licences.issued` outbox event.
 */
export async function issueLicence(tx: Tx, ctx: UseCaseContext, input: IssueLicenceInput): Promise<IssuedLicence> {
  const issuedOn = input.issuedOn ?? todayInChina();
  checkInput(input, issuedOn);
  const [issuer] = await findDepartmentsByIds(tx, [input.issuerDepartmentId]);
  if (!issuer) throw new AppError('identity.department_not_found');
  const type = licenceType(input.type);
  const idNumber = input.holder.idNumber?.trim().toUpperCase();
  const creditCode = input.holder.creditCode?.trim().toUpperCase();
  const holder: LicencePayload['holder'] = { name: input.holder.name };
  if (idNumber) holder.idNumberMasked = maskIdNumber(idNumber);
  if (creditCode) holder.creditCode = maskCreditCode(creditCode);
  // The same purposes as the users table, so a licence can be matched to a person or an enterprise record.
  const holderBidx = idNumber ? ctx.cipher.blindIndex('id_number', idNumber) : creditCode ? ctx.cipher.blindIndex('credit_code', creditCode) : null;
  const id = randomUUID();

  for (let attempt = 1; ; attempt++) {
    const payload: LicencePayload = {
      id,
      type: type.code,
      number: licenceNumber(type.prefix, issuer.regionCode, issuedOn),
      holder,
      issuer: { code: issuer.code, name: issuer.name },
      issuedOn,
      validUntil: validUntilFor(issuedOn, type.validityYears),
      trustLevel: 'A',
      fields: input.fields,
    };
    const jws = await ctx.signer.sign({ ...payload });
    try {
      // A savepoint: a (very unlikely) number collision must not abort the caller's transaction.
      await tx.transaction(async (sp) => {
        await sp.insert(elicences).values({
          id,
          type: payload.type,
          number: payload.number,
          holderUserId: input.holderUserId,
          holderBidx,
          issuerDepartmentId: issuer.id,
          issuedOn,
          validUntil: payload.validUntil,
          payload,
          jws,
          applicationId: input.applicationId,
        });
      });
    } catch (error) {
      if (attempt < NUMBER_ATTEMPTS && violatedConstraint(error) === 'elicences__type_number__key') continue;
      throw error;
    }
    await appendAudit(tx, ctx, {
      action: 'licences.issue',
      objectType: 'elicence',
      objectId: id,
      details: { type: payload.type, number: payload.number, issuer: issuer.code, applicationId: input.applicationId },
    });
    if (input.announce !== false) await emitEvent(tx, 'licences.issued', { licenceId: id, holderUserId: input.holderUserId, type: payload.type, number: payload.number, applicationId: input.applicationId });
    return { id, number: payload.number, type: payload.type };
  }
}
