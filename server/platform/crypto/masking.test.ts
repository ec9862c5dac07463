import { describe, expect, it } from 'vitest';
import { maskAddress, maskCreditCode, maskIdNumber, maskMobile } from './masking';

describe('masking personal data', () => {
  it('shows the region and the last four characters of an ID number', () => {
    expect(maskIdNumber('339902198503121019')).toBe('339902********1019');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('hides the middle four digits of a mobile number', () => {
    expect(maskMobile('13900000001')).toBe('139****0001');
    expect(maskMobile('15012345678')).toBe('150****5678');
  });

  it('shows the first eight and last four characters of a credit code', () => {
    expect(maskCreditCode('91339902MA2A1B3C49')).toBe('91339902******3C49');
  });

  it('keeps at most six leading characters of an address and hides at least four', () => {
    expect(maskAddress('明湖市演示路1号')).toBe('明湖市演****');
    const long = '明湖市湖东区东湖街道春晖社区3幢2单元501室';
    expect(maskAddress(long)).toBe(`明湖市湖东区${'*'.repeat(long.length - 6)}`);
    expect(maskAddress('ab')).toBe('a****');
  });

  it('never returns a short value in clear', () => {
    expect(maskIdNumber('123')).toBe('***');
    expect(maskMobile('139')).toBe('***');
    expect(maskCreditCode('91339')).toBe('*****');
  });

  it('never reveals the birth date inside an ID number', () => {
    expect(maskIdNumber('339902198503121019')).not.toContain('19850312');
  });
});
