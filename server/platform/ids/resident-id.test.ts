import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoCitizens } from '../../seed/demo-accounts';
import { birthDateOf, checkResidentId, normaliseResidentId, residentIdCheckChar } from './resident-id';

// A fixed "today" keeps the future-date cases stable whatever day the suite runs.
const TODAY = new Date(Date.UTC(2026, 0, 15));

function withCheckChar(first17: string): string {
  return `${first17}${residentIdCheckChar(first17)}`;
}

describe('GB 11643 resident ID', () => {
  it('accepts known valid numbers', () => {
    expect(checkResidentId('11010519491231002X', TODAY)).toBeNull();
    expect(checkResidentId('339902198503121019', TODAY)).toBeNull();
    expect(checkResidentId('33990219860101185X', TODAY)).toBeNull();
  });

  it('accepts every demo citizen number', () => {
    for (const c of demoCitizens) expect(checkResidentId(c.idNumber, TODAY), c.idNumber).toBeNull();
  });

  it('computes the check character of the standard example (born 1880), but refuses births before 1900', () => {
    // 440524188001010014 is the worked example of GB 11643-1999: its check character is right, and the
    // validator deliberately treats a birth year before 1900 as impossible for a living registrant.
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(checkResidentId('440524188001010014', TODAY)).toBe('birth_date');
    expect(checkResidentId(withCheckChar('44052419000101001'), TODAY)).toBeNull();
  });

  it('refuses a wrong check character', () => {
    expect(checkResidentId('110105194912310021', TODAY)).toBe('checksum');
    expect(checkResidentId('339902198503121018', TODAY)).toBe('checksum');
    expect(checkResidentId('339902198503121010', TODAY)).toBe('checksum');
  });

  it('refuses impossible birth dates even with a matching check character', () => {
    expect(checkResidentId(withCheckChar('33990219900230001'), TODAY)).toBe('birth_date'); // 30 February
    expect(checkResidentId(withCheckChar('33990219901301001'), TODAY)).toBe('birth_date'); // 13th month
    expect(checkResidentId(withCheckChar('33990219900001001'), TODAY)).toBe('birth_date'); // month 00
    expect(checkResidentId(withCheckChar('33990219900100001'), TODAY)).toBe('birth_date'); // day 00
    expect(checkResidentId(withCheckChar('33990219900431001'), TODAY)).toBe('birth_date'); // 31 April
    expect(checkResidentId(withCheckChar('33990219010229001'), TODAY)).toBe('birth_date'); // 1901 is no leap year
    expect(checkResidentId(withCheckChar('33990220260116001'), TODAY)).toBe('birth_date'); // tomorrow
    expect(checkResidentId(withCheckChar('33990220991231001'), TODAY)).toBe('birth_date'); // far future
  });

  it('accepts real edge dates: 29 February of a leap year and today', () => {
    expect(checkResidentId(withCheckChar('33990220000229001'), TODAY)).toBeNull();
    expect(checkResidentId(withCheckChar('33990220260115001'), TODAY)).toBeNull();
  });

  it('refuses wrong lengths and characters', () => {
    for (const bad of ['', '11010519491231002', '11010519491231002XX', '1101051949123100X2', '11010519491231002Y', '1101051949123100 2X', '１１０１０５１９４９１２３１００２Ｘ']) {
      expect(checkResidentId(bad, TODAY), JSON.stringify(bad)).toBe('format');
    }
  });

  it('accepts a lowercase x and surrounding spaces, and normalises them', () => {
    expect(checkResidentId('11010519491231002x', TODAY)).toBeNull();
    expect(checkResidentId(' 11010519491231002X ', TODAY)).toBeNull();
    expect(normaliseResidentId(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
  });
});

describe('GB 11643 resident ID properties', () => {
  const first17 = fc
    .record({
      region: fc.stringMatching(/^[1-9]\d{5}$/),
      birth: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: TODAY, noInvalidDate: true }),
      sequence: fc.stringMatching(/^\d{3}$/),
    })
    .map(({ region, birth, sequence }) => `${region}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${sequence}`);

  it('appending the check character to 17 digits with a real date gives a valid number', () => {
    fc.assert(
      fc.property(first17, (digits) => {
        expect(checkResidentId(withCheckChar(digits), TODAY)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('changing any one character of a valid number makes it invalid', () => {
    const mutation = fc.record({ digits: first17, position: fc.integer({ min: 0, max: 17 }), replacement: fc.constantFrom(...'0123456789X') });
    fc.assert(
      fc.property(mutation, ({ digits, position, replacement }) => {
        const valid = withCheckChar(digits);
        fc.pre(valid[position] !== replacement);
        const changed = `${valid.slice(0, position)}${replacement}${valid.slice(position + 1)}`;
        expect(checkResidentId(changed, TODAY)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
