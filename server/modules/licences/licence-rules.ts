import { todayInChina } from '../../platform/calendar/working-calendar';
import type { LicencePayload } from './tables';

export type LicenceStatus = 'valid' | 'revoked' | 'expired';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function isIsoDay(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Last valid day: `years` after the issue date, less one day (2026-05-10 + 5 years → 2031-05-09). */
export function validUntilFor(issuedOn: string, years: number | null): string | null {
  if (years === null) return null;
  const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number];
  // Date.UTC rolls 29 February over to 1 March in a common year; the day before is then 28 February.
  return new Date(Date.UTC(y + years, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
}

/** Revoked wins over expired; a licence is valid through its last day (China time). */
export function effectiveStatus(row: { status: 'valid' | 'revoked'; validUntil: string | null }, today = todayInChina()): LicenceStatus {
  if (row.status === 'revoked') return 'revoked';
  return row.validUntil !== null && row.validUntil < today ? 'expired' : 'valid';
}

/**
 * The holder's name as a public verification page shows it: a person's name keeps its first character (张*);
 * an enterprise's registered name is public (企业信用信息公示) and stays whole.
 */
export function publicHolderName(holder: LicencePayload['holder']): string {
  if (holder.creditCode) return holder.name;
  const chars = [...holder.name];
  return `${chars[0] ?? ''}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}
