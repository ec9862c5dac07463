import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;

function totpFor(secretBase32: string, label = 'yiwang'): TOTP {
  return new TOTP({ issuer: 'Yiwang', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, label: string): string {
  return totpFor(secretBase32, label).toString();
}

/**
 * RFC 6238 check allowing one step of clock drift. Returns the matched time step, or null. The caller stores the
 * step and refuses any step not newer than the last accepted one, so a code works once.
 */
export function matchTotp(secretBase32: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

export function totpCode(secretBase32: string, now = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp: now });
}
