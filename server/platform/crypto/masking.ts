// Masks for personal data in every API response; unmasking is a separate, audited use case.

export function maskIdNumber(value: string): string {
  return value.length < 10 ? '*'.repeat(value.length) : `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

export function maskMobile(value: string): string {
  return value.length < 7 ? '*'.repeat(value.length) : `${value.slice(0, 3)}****${value.slice(-4)}`;
}

export function maskCreditCode(value: string): string {
  return value.length < 10 ? '*'.repeat(value.length) : `${value.slice(0, 8)}${'*'.repeat(value.length - 12)}${value.slice(-4)}`;
}

/** Keeps the first characters of an address (the district), hides the rest. */
export function maskAddress(value: string): string {
  const keep = Math.min(6, Math.floor(value.length / 2));
  return `${value.slice(0, keep)}${'*'.repeat(Math.max(4, value.length - keep))}`;
}
