// GB 11643-1999 citizen resident identity number: 17 digits + a check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdProblem = 'format' | 'checksum' | 'birth_date';

/** The check character for the first 17 digits of a resident ID. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

function isRealDate(yyyymmdd: string, today: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  const isSame = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return isSame && date.getTime() <= today.getTime();
}

/** Normalises (upper-case x) and checks a resident ID; returns the first problem, or null when valid. */
export function checkResidentId(value: string, today: Date = new Date()): IdProblem | null {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!isRealDate(id.slice(6, 14), today)) return 'birth_date';
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return 'checksum';
  return null;
}

export function normaliseResidentId(value: string): string {
  return value.trim().toUpperCase();
}

/** Birth date (YYYY-MM-DD) carried in a valid resident ID. */
export function birthDateOf(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
