import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { fixtureElements, fixtureItem, fixtureLocal } from './catalog-fixtures';
import type { StandardItemContent } from './catalogue-format';

let t: TestApp;
let admin: Session;
let hudongAdmin: Session;
const item: StandardItemContent = fixtureItem();

interface Refusal {
  error: { code: string; message: string; details: { code: string; field: string; message: string }[] };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'sysadmin');
  hudongAdmin = await signIn(t.app, 'deptadmin.hudong');
  expect((await admin.request('POST', '/api/v1/catalog/import', { format: 'yiwang-catalogue/1', dataElements: fixtureElements, items: [item], lifeEvents: [] })).statusCode).toBe(200);
});
afterAll(async () => t.close());

const claim = (session: Session, region: string, body: Record<string, unknown>) => session.request('PUT', `/api/v1/catalog/implementations/${item.code}/${region}`, body, { 'accept-language': 'en' });

describe('local implementation lists cannot add burden (实施清单)', () => {
  it('refuses a promised limit above the statutory one, saying both numbers', async () => {
    const res = await claim(hudongAdmin, '339902', fixtureLocal(item, 'D339902-AMR', { promisedDays: 25 }));
    expect(res.statusCode).toBe(422);
    const body = res.json<Refusal>();
    expect(body.error.code).toBe('catalog.promised_exceeds_statutory');
    expect(body.error.message).toMatch(/25 working days exceeds the statutory 20/);
    expect(body.error.details[0]?.field).toBe('promisedDays');
  });

  it('refuses a material that is not in the standard', async () => {
    const res = await claim(hudongAdmin, '339902', fixtureLocal(item, 'D339902-AMR', { materialIds: ['id_card', 'bank_statement'] }));
    expect(res.statusCode).toBe(422);
    expect(res.json<Refusal>().error.code).toBe('catalog.material_not_in_standard');
    expect(res.json<Refusal>().error.message).toMatch(/bank_statement/);
  });

  it('refuses a condition that is not in the standard', async () => {
    const res = await claim(hudongAdmin, '339902', fixtureLocal(item, 'D339902-AMR', { conditionIds: ['adult', 'local_hukou'] }));
    expect(res.statusCode).toBe(422);
    expect(res.json<Refusal>().error.code).toBe('catalog.condition_not_in_standard');
  });

  it('refuses a commitment where the standard does not allow one', async () => {
    const res = await claim(hudongAdmin, '339902', fixtureLocal(item, 'D339902-AMR', { commitmentMaterialIds: ['plan'] }));
    expect(res.statusCode).toBe(422);
    expect(res.json<Refusal>().error.code).toBe('catalog.commitment_not_allowed');
  });

  it('refuses an implementing department outside the region', async () => {
    const res = await claim(admin, '339902', fixtureLocal(item, 'D339903-AMR'));
    expect(res.statusCode).toBe(422);
    expect(res.json<Refusal>().error.code).toBe('catalog.department_outside_region');
  });

  it('lists every rule broken at once', async () => {
    const res = await claim(hudongAdmin, '339902', fixtureLocal(item, 'D339902-AMR', { promisedDays: 30, materialIds: ['x'], conditionIds: ['y'] }));
    expect(res.json<Refusal>().error.details.map((d) => d.code)).toEqual(['catalog.promised_exceeds_statutory', 'catalog.material_not_in_standard', 'catalog.condition_not_in_standard']);
  });

  it('keeps a department admin to their own region subtree', async () => {
    const res = await claim(hudongAdmin, '339903', fixtureLocal(item, 'D339903-AMR'));
    expect(res.statusCode).toBe(403);
  });

  it('accepts a region making things easier: fewer materials, a shorter limit, a commitment instead of a material', async () => {
    const res = await claim(hudongAdmin, '339902', fixtureLocal(item, 'D339902-AMR', { promisedDays: 5, materialIds: ['id_card', 'lease'], commitmentMaterialIds: ['lease'], conditionIds: ['adult'] }));
    expect(res.statusCode).toBe(200);
    const guide = (await t.app.inject({ url: `/api/v1/catalog/items/${item.code}?region=339902001001` })).json<{
      materials: { id: string; isFetched: boolean; mayCommit: boolean }[];
      conditions: { id: string }[];
      implementation: { promisedDays: number; inherited: boolean; regionCode: string };
    }>();
    expect(guide.implementation).toMatchObject({ promisedDays: 5, inherited: true, regionCode: '339902' });
    expect(guide.materials.map((m) => m.id)).toEqual(['id_card', 'lease']);
    expect(guide.materials.find((m) => m.id === 'id_card')?.isFetched).toBe(true);
    expect(guide.materials.find((m) => m.id === 'lease')?.mayCommit).toBe(true);
    expect(guide.conditions.map((c) => c.id)).toEqual(['adult']);
  });

  it('nothing is written when a claim is refused', async () => {
    const before = (await admin.request('GET', `/api/v1/catalog/implementations?region=339904`)).json<{ items: unknown[] }>().items.length;
    await claim(admin, '339904', fixtureLocal(item, 'D339900-AMR', { promisedDays: 99 }));
    const after = (await admin.request('GET', `/api/v1/catalog/implementations?region=339904`)).json<{ items: unknown[] }>().items.length;
    expect(after).toBe(before);
  });
});
