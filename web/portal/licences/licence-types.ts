// E-licence shapes as the API sends them: the server's own types (type-only imports; nothing of the server is
// bundled into the web apps).
export type { LicenceStatus } from '../../../server/modules/licences/licence-rules';
export type { LicenceSummary } from '../../../server/modules/licences/licence-view';
export type { LicenceDetail } from '../../../server/modules/licences/get-licence';
export type { InvalidReason, LicenceVerification } from '../../../server/modules/licences/verify-licence';

/** The public verification address a licence's QR code carries. */
export function verifyUrl(id: string): string {
  return new URL(`/verify/${encodeURIComponent(id)}`, window.location.origin).toString();
}
