// E-licence shapes as the API sends them (server/modules/licences/schemas.ts).

export type LicenceStatus = 'valid' | 'revoked' | 'expired';

export interface LicenceSummary {
  id: string;
  type: string;
  typeName: { zh: string; en: string };
  number: string;
  issuerName: string;
  issuedOn: string;
  validUntil: string | null;
  status: LicenceStatus;
}

export interface LicenceDetail extends LicenceSummary {
  holder: { name: string; idNumberMasked?: string; creditCode?: string };
  fields: Record<string, string | number | boolean>;
  trustLevel: string;
  revokedAt: string | null;
  revokedReason: string | null;
  jws: string;
}

export type InvalidReason = 'revoked' | 'expired' | 'signature_invalid' | 'content_mismatch';

export interface LicenceVerification {
  valid: boolean;
  reason: InvalidReason | null;
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

/** The public verification address a licence's QR code carries. */
export function verifyUrl(id: string): string {
  return new URL(`/verify/${encodeURIComponent(id)}`, window.location.origin).toString();
}
