import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { licenceType, licenceTypes } from './licence-types';
import { effectiveStatus, publicHolderName, validUntilFor } from './licence-rules';

describe('licence rules', () => {
  it('ends validity the day before the anniversary, 29 February included', () => {
    expect(validUntilFor('2026-05-10', 5)).toBe('2031-05-09');
    expect(validUntilFor('2024-02-29', 1)).toBe('2025-02-28');
    expect(validUntilFor('2026-01-01', null)).toBeNull();
  });

  it('is valid through the last day, expired after it; revoked wins', () => {
    expect(effectiveStatus({ status: 'valid', validUntil: '2026-05-09' }, '2026-05-09')).toBe('valid');
    expect(effectiveStatus({ status: 'valid', validUntil: '2026-05-09' }, '2026-05-10')).toBe('expired');
    expect(effectiveStatus({ status: 'revoked', validUntil: null }, '2026-05-10')).toBe('revoked');
  });

  it('masks a person’s name for the public but not an enterprise’s', () => {
    expect(publicHolderName({ name: '张明' })).toBe('张*');
    expect(publicHolderName({ name: '欧阳小明' })).toBe('欧***');
    expect(publicHolderName({ name: '明湖城投建设有限公司', creditCode: '91339900******2L7A' })).toBe('明湖城投建设有限公司');
  });

  it('names every demo catalogue type and stands in for unknown ones', () => {
    expect(licenceType('elicence.resident_id_card')).toMatchObject({ name: { zh: '居民身份证' }, validityYears: 20, subject: 'person' });
    expect(licenceType('elicence.business_licence')).toMatchObject({ validityYears: null, subject: 'enterprise' });
    const catalogue = readFileSync(new URL('../../seed/catalogue/demo-catalogue.json', import.meta.url), 'utf8');
    const used = new Set(catalogue.match(/"elicence\.[a-z_]+"/g)?.map((s) => s.slice(1, -1)));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((code) => !licenceTypes.has(code))).toEqual([]);
    expect(licenceType('elicence.unknown')).toMatchObject({ name: { zh: 'elicence.unknown', en: 'elicence.unknown' }, validityYears: null });
  });
});
