import { compactVerify, decodeProtectedHeader } from 'jose';
import { eq } from 'drizzle-orm';
import { canonicalJson } from '../../platform/audit/canonical';
import type { UseCaseContext } from '../../platform/context';
import type { Signer } from '../../platform/crypto/signing';
import { AppError } from '../../platform/errors/app-error';
import { licenceType } from './licence-types';
import { effectiveStatus, isUuid, publicHolderName, type LicenceStatus } from './licence-rules';
import { platformKeys } from './platform-keys';
import { elicences, type LicencePayload } from './tables';

export type InvalidReason = 'revoked' | 'expired' | 'signature_invalid' | 'content_mismatch';

export interface LicenceVerification {
  valid: boolean;
  reason: InvalidReason | null;
  /** Public: no ID number, no credit code, no typed fields; a person's name masked. */
  licence: {
    id: string;
    type: string;
    typeName: { zh: string; en: string };
    number: string;
    holderName: string;
    issuerName: string;
    issuedOn: string;
    validUntil: string | null;
    trustLevel: string;
    status: LicenceStatus;
  };
  checkedAt: string;
}

type Row = typeof elicences.$inferSelect;

/** The signed payload when the JWS verifies with the platform key its header names; null otherwise. */
async function signedPayload(signer: Signer, jws: string): Promise<unknown> {
  try {
    const { kid, alg } = decodeProtectedHeader(jws);
    const key = platformKeys(signer).find((k) => k.kid === kid);
    if (!key || alg !== 'EdDSA') return null;
    const { payload } = await compactVerify(jws, key.publicKey, { algorithms: ['EdDSA'] });
    return JSON.parse(new TextDecoder().decode(payload)) as unknown;
  } catch {
    return null; // malformed or forged: the caller reports signature_invalid
  }
}

/** The signature covers the payload; the columns a lookup or a status check reads must say the same. */
function matchesRow(signed: unknown, row: Row): boolean {
  if (!signed || typeof signed !== 'object') return false;
  const p = signed as Partial<LicencePayload>;
  return (
    canonicalJson(signed) === canonicalJson(row.payload) &&
    p.id === row.id &&
    p.type === row.type &&
    p.number === row.number &&
    p.issuedOn === row.issuedOn &&
    p.validUntil === row.validUntil
  );
}

async function invalidReason(signer: Signer, row: Row, status: LicenceStatus): Promise<InvalidReason | null> {
  const signed = await signedPayload(signer, row.jws);
  if (signed === null) return 'signature_invalid';
  if (!matchesRow(signed, row)) return 'content_mismatch';
  if (status === 'revoked') return 'revoked';
  if (status === 'expired') return 'expired';
  return null;
}

/** Public verification (扫码验证): detects a forged signature, edited content, revocation and expiry. */
export async function verifyLicence(ctx: UseCaseContext, id: string): Promise<LicenceVerification> {
  const [row] = isUuid(id) ? await ctx.db.select().from(elicences).where(eq(elicences.id, id)) : [];
  if (!row) throw new AppError('licences.not_found');
  const status = effectiveStatus(row);
  const reason = await invalidReason(ctx.signer, row, status);
  return {
    valid: reason === null,
    reason,
    licence: {
      id: row.id,
      type: row.type,
      typeName: licenceType(row.type).name,
      number: row.number,
      // A tampered payload may lack parts; the page still shows what is there.
      holderName: publicHolderName(row.payload.holder ?? { name: '' }),
      issuerName: row.payload.issuer?.name ?? '',
      issuedOn: row.issuedOn,
      validUntil: row.validUntil,
      trustLevel: String(row.payload.trustLevel ?? ''),
      status,
    },
    checkedAt: new Date().toISOString(),
  };
}
