import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { fixtureElements, fixtureItem, fixtureLocal } from './catalog-fixtures';

let t: TestApp;
let admin: Session;
const item = fixtureItem();

interface Guide {
  version: number;
  implementation: { regionCode: string; inherited: boolean; promisedDays: number; needsReview: boolean } | null;
}
const guide = async (region: string) => (await t.app.inject({ url: `/api/v1/catalog/items/${item.code}?region=${region}` })).json<Guide>();

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'sysadmin');
  await admin.request('POST', '/api/v1/catalog/import', { format: 'yiwang-catalogue/1', dataElements: fixtureElements, items: [item], lifeEvents: [] });
});
afterAll(async () => t.close());

describe('inheritance of implementation lists', () => {
  it('a region without its own list inherits the nearest ancestor’s', async () => {
    expect((await guide('339903001001')).implementation).toBeNull();
    expect((await admin.request('PUT', `/api/v1/catalog/implementations/${item.code}/339900`, fixtureLocal(item, 'D339900-AMR', { promisedDays: 15 }))).statusCode).toBe(200);
    expect((await admin.request('PUT', `/api/v1/catalog/implementations/${item.code}/339902`, fixtureLocal(item, 'D339902-AMR', { promisedDays: 8 }))).statusCode).toBe(200);
    expect((await guide('339903001001')).implementation).toMatchObject({ regionCode: '339900', inherited: true, promisedDays: 15 });
    expect((await guide('339902001001')).implementation).toMatchObject({ regionCode: '339902', inherited: true, promisedDays: 8 });
    expect((await guide('339902')).implementation).toMatchObject({ regionCode: '339902', inherited: false });
  });
});

describe('versions of a standard item', () => {
  it('publishing a new version withdraws the old one and flags local lists for review until re-confirmed', async () => {
    const v2 = { ...item, statutoryDays: 12, name: { zh: '测试许可事项（修订）', en: 'Test licence item (revised)' } };
    expect((await admin.request('PUT', `/api/v1/catalog/items/${item.code}/draft`, v2)).json<{ version: number }>().version).toBe(2);
    // The draft is not offered until published.
    expect((await guide('339900')).version).toBe(1);
    const published = await admin.request('POST', `/api/v1/catalog/items/${item.code}/publish`);
    expect(published.json()).toMatchObject({ version: 2, flaggedImplementations: 2 });
    expect((await guide('339900')).version).toBe(2);

    const versions = (await admin.request('GET', `/api/v1/catalog/items/${item.code}/versions`)).json<{ items: { version: number; status: string }[] }>().items;
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'withdrawn'],
      [2, 'published'],
    ]);

    const flagged = (await admin.request('GET', '/api/v1/catalog/implementations?needsReview=true')).json<{ items: { itemCode: string; regionCode: string }[] }>().items;
    expect(flagged.filter((i) => i.itemCode === item.code).map((i) => i.regionCode).sort()).toEqual(['339900', '339902']);

    const editor = (await admin.request('GET', `/api/v1/catalog/implementations/${item.code}/339902`)).json<{ standard: { version: number }; previousStandard: { version: number } | null; local: { needsReview: boolean } }>();
    expect(editor).toMatchObject({ standard: { version: 2 }, previousStandard: { version: 1 }, local: { needsReview: true } });

    // Re-confirming against v2: the old 15-day promise now breaks the new 12-day statutory limit.
    const stale = await admin.request('PUT', `/api/v1/catalog/implementations/${item.code}/339900`, fixtureLocal(item, 'D339900-AMR', { promisedDays: 15 }));
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('catalog.promised_exceeds_statutory');
    const ok = await admin.request('PUT', `/api/v1/catalog/implementations/${item.code}/339900`, fixtureLocal(item, 'D339900-AMR', { promisedDays: 10 }));
    expect(ok.json()).toMatchObject({ standardVersion: 2 });
    expect((await guide('339903')).implementation).toMatchObject({ needsReview: false, promisedDays: 10 });
  });

  it('refuses to publish an item whose workflow does not start with acceptance or binds an unknown data element', async () => {
    const bad = fixtureItem({
      workflow: [
        { kind: 'review', name: { zh: '审查', en: 'Review' }, role: 'reviewer' },
        { kind: 'decide', name: { zh: '决定', en: 'Decide' }, role: 'approver' },
      ],
    });
    bad.form.properties.extra = { type: 'string', 'x-element': 'person.shoeSize' };
    await admin.request('PUT', `/api/v1/catalog/items/${bad.code}/draft`, bad);
    const res = await admin.request('POST', `/api/v1/catalog/items/${bad.code}/publish`);
    expect(res.statusCode).toBe(422);
    const details = res.json<{ error: { code: string; details: { field: string; rule: string }[] } }>().error;
    expect(details.code).toBe('catalog.item_invalid');
    expect(details.details.map((d) => d.rule).sort()).toEqual(['unknown_data_element', 'workflow_start']);
    expect((await t.app.inject({ url: `/api/v1/catalog/items/${bad.code}` })).statusCode).toBe(422);
  });

  it('lists every standard item for the editors, drafts included', async () => {
    const draftOnly = fixtureItem();
    await admin.request('PUT', `/api/v1/catalog/items/${draftOnly.code}/draft`, draftOnly);
    const items = (await admin.request('GET', '/api/v1/catalog/standard-items')).json<{ items: { code: string; hasDraft: boolean; currentVersion: number | null; latestVersion: number }[] }>().items;
    expect(items.find((i) => i.code === draftOnly.code)).toMatchObject({ hasDraft: true, currentVersion: null, latestVersion: 1 });
    expect(items.find((i) => i.code === item.code)).toMatchObject({ hasDraft: false, currentVersion: 2, latestVersion: 2 });
  });

  it('only a system admin edits standard items', async () => {
    const clerk = await signIn(t.app, 'clerk.hudong');
    expect((await clerk.request('PUT', `/api/v1/catalog/items/${item.code}/draft`, item)).statusCode).toBe(403);
  });
});
