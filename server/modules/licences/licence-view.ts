import { licenceType } from './licence-types';
import { effectiveStatus, type LicenceStatus } from './licence-rules';
import type { elicences } from './tables';

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

/** What a wallet card shows (no personal data beyond what the holder already knows). */
export function licenceSummary(row: typeof elicences.$inferSelect): LicenceSummary {
  return {
    id: row.id,
    type: row.type,
    typeName: licenceType(row.type).name,
    number: row.number,
    issuerName: row.payload.issuer.name,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    status: effectiveStatus(row),
  };
}
