import { describe, expect, it } from 'vitest';
import type { ResourceField } from '../model';
import { computeQuality, qualityAsOf, timeliness } from './compute-quality';

const field = (key: string, type: ResourceField['type'], rules?: ResourceField['rules']): ResourceField => ({ key, name: { zh: key, en: key }, type, personal: false, sensitive: false, ...(rules ? { rules } : {}) });

const fields: ResourceField[] = [
  field('name', 'string', { required: true, pattern: '^[\\u4e00-\\u9fa5]{2,4}$' }),
  field('level', 'string', { enum: ['A', 'B'] }),
  field('age', 'number', { min: 0, max: 120 }),
  field('employer', 'string', { ref: { resource: 'OTHER' } }),
];
const now = new Date('2026-06-01T00:00:00Z');

describe('computeQuality over fixed data', () => {
  it('scores the four dimensions and counts failing rules per field', () => {
    const report = computeQuality({
      fields,
      uniqueFields: ['name'],
      updateCycle: 'daily',
      lastLoadedAt: now,
      now,
      records: [
        { data: { name: '张三', level: 'A', age: 30, employer: 'x' }, issues: [] },
        { data: { name: 'Bob', level: 'C', age: 200 }, issues: [] }, // pattern, enum, max fail
        { data: { level: 'B' }, issues: [{ field: 'name', rule: 'required' }] }, // name missing
        { data: { name: '张三', employer: 'y' }, issues: [{ field: 'employer', rule: 'ref' }] }, // duplicate name; ref fails
      ],
    });
    // completeness: 3 of 4 required values present.
    expect(report.completeness).toBe(0.75);
    // validity: 10 present values, 3 of them fail (Bob's pattern, C's enum, 200's max) → 7/10.
    expect(report.validity).toBe(0.7);
    expect(report.timeliness).toBe(1);
    // consistency: 2 ref checks (1 fails) + 4 uniqueness checks (1 duplicate) → 4/6.
    expect(report.consistency).toBe(0.6667);
    expect(report.score).toBe(Math.round(((0.75 + 0.7 + 1 + 4 / 6) / 4) * 100));
    expect(report.records).toBe(4);
    expect(report.failing).toEqual(
      expect.arrayContaining([
        { field: 'name', rule: 'required', count: 1 },
        { field: 'name', rule: 'pattern', count: 1 },
        { field: 'level', rule: 'enum', count: 1 },
        { field: 'age', rule: 'max', count: 1 },
        { field: 'employer', rule: 'ref', count: 1 },
        { field: 'name', rule: 'unique', count: 1 },
      ]),
    );
    expect(report.failing).toHaveLength(6);
  });

  it('perfect data scores 100; no records and no rules are not penalised', () => {
    const perfect = computeQuality({ fields, uniqueFields: [], updateCycle: 'monthly', lastLoadedAt: now, now, records: [{ data: { name: '李四', level: 'B', age: 40 }, issues: [] }] });
    expect(perfect).toMatchObject({ score: 100, completeness: 1, validity: 1, timeliness: 1, consistency: 1, failing: [] });
    const empty = computeQuality({ fields, uniqueFields: ['name'], updateCycle: 'daily', lastLoadedAt: now, now, records: [] });
    expect(empty.score).toBe(100);
  });

  it('timeliness is 1 within the cycle and decays after it; never loaded is 0', () => {
    const day = 24 * 60 * 60 * 1000;
    expect(timeliness('weekly', new Date(now.getTime() - 6 * day), now)).toBe(1);
    expect(timeliness('weekly', new Date(now.getTime() - 14 * day), now)).toBe(0.5);
    expect(timeliness('daily', null, now)).toBe(0);
    const loaded = computeQuality({ fields, uniqueFields: [], updateCycle: 'daily', lastLoadedAt: now, now, records: [{ data: { name: '李四' }, issues: [] }] });
    const later = qualityAsOf(loaded, 'daily', now, new Date(now.getTime() + 4 * day));
    expect(later.timeliness).toBe(0.25);
    expect(later.score).toBe(Math.round(((1 + 1 + 0.25 + 1) / 4) * 100));
    expect(later.failing).toEqual([{ rule: 'stale', count: 1 }]);
  });
});
