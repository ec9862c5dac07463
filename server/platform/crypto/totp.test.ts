import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpSecret, totpCode, totpUri } from './totp';

const SECRET = 'F5PUE4CBQTG6V7WND6VE6IZFUCD7H4IZ';
// The middle of a 30-second step, so ±15 s stays inside it.
const STEP = 58_000_000;
const NOW = STEP * 30_000 + 15_000;

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC 6238 SHA-1 test vector', () => {
    // RFC 6238 appendix B: secret "12345678901234567890" (base32 below), T = 59 s → 94287082 (8 digits) → 287082.
    expect(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000)).toBe('287082');
  });

  it('accepts the current code and returns its time step', () => {
    expect(matchTotp(SECRET, totpCode(SECRET, NOW), null, NOW)).toBe(STEP);
  });

  it('refuses a wrong code and anything that is not six digits', () => {
    const valid = new Set([-1, 0, 1].map((d) => totpCode(SECRET, NOW + d * 30_000)));
    const wrong = ['000000', '123456', '999999', '314159'].find((c) => !valid.has(c))!;
    expect(matchTotp(SECRET, wrong, null, NOW)).toBeNull();
    expect(matchTotp(SECRET, '', null, NOW)).toBeNull();
    expect(matchTotp(SECRET, `${totpCode(SECRET, NOW)}0`, null, NOW)).toBeNull();
    expect(matchTotp(SECRET, totpCode(SECRET, NOW).slice(1), null, NOW)).toBeNull();
  });

  it('refuses the code of another secret', () => {
    const other = newTotpSecret();
    const code = totpCode(other, NOW);
    assumeDistinct(code !== totpCode(SECRET, NOW));
    expect(matchTotp(SECRET, code, null, NOW)).toBeNull();
  });

  it('refuses a replay: the same step, or an older one, once a step was accepted', () => {
    const code = totpCode(SECRET, NOW);
    const step = matchTotp(SECRET, code, null, NOW);
    expect(step).toBe(STEP);
    expect(matchTotp(SECRET, code, step, NOW)).toBeNull();
    expect(matchTotp(SECRET, code, step, NOW + 30_000)).toBeNull(); // still inside the drift window, still refused
    expect(matchTotp(SECRET, totpCode(SECRET, NOW - 30_000), step, NOW)).toBeNull();
    // The next step's code is new and works.
    expect(matchTotp(SECRET, totpCode(SECRET, NOW + 30_000), step, NOW + 30_000)).toBe(STEP + 1);
  });

  it('accepts one step of clock drift either way, not two', () => {
    expect(matchTotp(SECRET, totpCode(SECRET, NOW - 30_000), null, NOW)).toBe(STEP - 1);
    expect(matchTotp(SECRET, totpCode(SECRET, NOW + 30_000), null, NOW)).toBe(STEP + 1);
    for (const far of [-60_000, 60_000]) {
      const code = totpCode(SECRET, NOW + far);
      // Codes of far steps could coincide with a near one by chance (1 in a million); skip that case.
      if ([-1, 0, 1].some((d) => totpCode(SECRET, NOW + d * 30_000) === code)) continue;
      expect(matchTotp(SECRET, code, null, NOW)).toBeNull();
    }
  });

  it('makes new 160-bit secrets and an otpauth URI for authenticator apps', () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
    const uri = totpUri(a, 'clerk.hudong');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Yiwang:clerk\.hudong\?/);
    expect(uri).toContain(`secret=${a}`);
  });
});

function assumeDistinct(condition: boolean): void {
  // Two random secrets give the same code one time in a million; such a run proves nothing either way.
  if (!condition) throw new Error('improbable collision of two TOTP codes; rerun');
}
