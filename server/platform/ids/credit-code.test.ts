import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoEnterprises } from '../../seed/demo-accounts';
import { checkCreditCode, creditCodeCheckChar, isSoleTraderCode, normaliseCreditCode } from './credit-code';

// An independent reading of GB 32100-2015 (DOMAIN.md) to compare the implementation against.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function referenceCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + ALPHABET.indexOf(ch) * WEIGHTS[i]!, 0);
  const check = 31 - (sum % 31);
  return ALPHABET[check === 31 ? 0 : check]!;
}

describe('GB 32100 unified social credit code', () => {
  it('accepts the example of the standard and the demo enterprises', () => {
    expect(checkCreditCode('91350100M000100Y43')).toBeNull();
    for (const e of demoEnterprises) expect(checkCreditCode(e.creditCode), e.creditCode).toBeNull();
  });

  it('refuses a wrong check character', () => {
    expect(checkCreditCode('91350100M000100Y44')).toBe('checksum');
    // 911100001000000000 looks plausible but its check character is R, not 0.
    expect(checkCreditCode('911100001000000000')).toBe('checksum');
    expect(checkCreditCode('91110000100000000R')).toBeNull();
  });

  it('refuses the letters I, O, Z, S and V anywhere, even as a check character', () => {
    for (const letter of 'IOZSV') {
      expect(checkCreditCode(`91350100M000100${letter}43`), letter).toBe('format');
      expect(checkCreditCode(`91350100M000100Y4${letter}`), letter).toBe('format');
    }
  });

  it('refuses wrong lengths and characters', () => {
    for (const bad of ['', '91350100M000100Y4', '91350100M000100Y433', '91350100M000100Y4-', '91350100M000 100Y43']) {
      expect(checkCreditCode(bad), JSON.stringify(bad)).toBe('format');
    }
  });

  it('accepts lowercase and spaces around, and normalises them', () => {
    expect(checkCreditCode(' 91350100m000100y43 ')).toBeNull();
    expect(normaliseCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
  });

  it('recognises sole traders (category 92), whose code identifies a person', () => {
    expect(isSoleTraderCode('92339902MA2D3H4J5P')).toBe(true);
    expect(isSoleTraderCode('91339902MA2A1B3C49')).toBe(false);
  });

  it('agrees with the reference check character, and any single substitution is detected', () => {
    const first17 = fc.array(fc.constantFrom(...ALPHABET), { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...ALPHABET), (digits, position, replacement) => {
        const check = creditCodeCheckChar(digits);
        expect(check).toBe(referenceCheckChar(digits));
        const valid = `${digits}${check}`;
        expect(checkCreditCode(valid)).toBeNull();
        fc.pre(valid[position] !== replacement);
        expect(checkCreditCode(`${valid.slice(0, position)}${replacement}${valid.slice(position + 1)}`)).toBe('checksum');
      }),
      { numRuns: 1000 },
    );
  });
});
