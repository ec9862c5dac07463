import { describe, expect, it } from 'vitest';
import { isMobileNumber } from './mobile';

describe('mainland mobile numbers', () => {
  it('accepts 11 digits starting with 1 and a real network digit, with spaces around', () => {
    for (const ok of ['13900000001', '15012345678', '19912345678', ' 13812345678 ']) expect(isMobileNumber(ok), ok).toBe(true);
  });

  it('refuses wrong lengths, prefixes and characters', () => {
    for (const bad of ['', '1390000000', '139000000011', '23900000001', '12900000001', '1390000000a', '+8613900000001', '139 0000 0001', '１３９００００００００']) {
      expect(isMobileNumber(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
