import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { fixtureElements, fixtureItem, fixtureLocal } from './catalog-fixtures';

let t: TestApp;
let admin: Session;
const first = fixtureItem({ statutoryDays: 10 });
const second = fixtureItem({ statutoryDays: 15, name: { zh: '后续事项', en: 'Follow-up item' } });
// Two materials from the same e-licence type in one item: the merged material still names the item once.
second.materials.push({ id: 'id_card_spouse', name: { zh: '配偶居民身份证', en: "Spouse's resident ID card" }, isRequired: false, formats: ['pdf'], source: 'elicence', sourceRef: 'elicence.resident_id_card', trustLevel: 'A' });
const third = fixtureItem({ statutoryDays: 5, name: { zh: '并行事项', en: 'Parallel item' } });

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'sysadmin');
  const events = [{ id: `le-${first.code.toLowerCase()}`, name: { zh: '测试一件事', en: 'Test life event' }, description: { zh: '测试', en: 'Test' }, audience: 'person', items: [
    { itemCode: first.code, dependsOn: [] },
    { itemCode: second.code, dependsOn: [first.code] },
    { itemCode: third.code, dependsOn: [first.code] },
  ] }];
  const res = await admin.request('POST', '/api/v1/catalog/import', { format: 'yiwang-catalogue/1', dataElements: fixtureElements, items: [first, second, third], lifeEvents: events });
  expect(res.json()).toMatchObject({ published: [first.code, second.code, third.code], lifeEvents: 1 });
});
afterAll(async () => t.close());

describe('life events (一件事)', () => {
  it('merges the forms: a field bound to the same data element appears once', async () => {
    const view = (await t.app.inject({ url: `/api/v1/catalog/life-events/le-${first.code.toLowerCase()}` })).json<{
      form: { properties: Record<string, { 'x-items': string[] }> };
      materials: { key: string; itemCodes: string[] }[];
      jointDays: number;
      replaces: { applications: number; fields: number; materials: number };
      merged: { applications: number; fields: number; materials: number };
      items: { code: string }[];
    }>();
    const keys = Object.keys(view.form.properties);
    expect(keys.filter((k) => k === 'person.name')).toHaveLength(1);
    expect(view.form.properties['person.name']?.['x-items']).toEqual([first.code, second.code, third.code]);
    // Unbound fields stay per item.
    expect(keys).toContain(`${first.code}:startDate`);
    expect(view.replaces).toEqual({ applications: 3, fields: 9, materials: 10 });
    // name + idNumber shared, three startDate fields: 5 fields; the ID card e-licence and same-named uploads once.
    expect(view.merged).toEqual({ applications: 1, fields: 5, materials: 3 });
    expect(view.materials.find((m) => m.key === 'elicence:elicence.resident_id_card')?.itemCodes).toHaveLength(3);
    // Longest chain: first (10) then second (15); third (5) runs in parallel.
    expect(view.jointDays).toBe(25);
    expect(view.items[0]?.code).toBe(first.code);
  });

  it('uses the region’s promised limits for the joint limit', async () => {
    await admin.request('PUT', `/api/v1/catalog/implementations/${first.code}/339900`, fixtureLocal(first, 'D339900-AMR', { promisedDays: 3 }));
    await admin.request('PUT', `/api/v1/catalog/implementations/${second.code}/339900`, fixtureLocal(second, 'D339900-AMR', { promisedDays: 4 }));
    await admin.request('PUT', `/api/v1/catalog/implementations/${third.code}/339900`, fixtureLocal(third, 'D339900-AMR', { promisedDays: 2 }));
    const view = (await t.app.inject({ url: `/api/v1/catalog/life-events/le-${first.code.toLowerCase()}?region=339902001001` })).json<{ jointDays: number }>();
    expect(view.jointDays).toBe(7);
  });

  it('refuses a dependency cycle or an item outside the event', async () => {
    const res = await admin.request('PUT', '/api/v1/catalog/life-events/broken', {
      id: 'broken',
      name: { zh: '坏', en: 'Broken' },
      description: { zh: '坏', en: 'Broken' },
      audience: 'person',
      items: [
        { itemCode: first.code, dependsOn: [second.code] },
        { itemCode: second.code, dependsOn: [first.code, 'NOPE-1'] },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { details: { rule: string }[] } }>().error.details.map((d) => d.rule).sort()).toEqual(['dependency_cycle', 'dependency_outside_event']);
  });
});
