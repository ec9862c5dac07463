import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { insertIncident } from './test-support';

// Hotspots and 未诉先办 from incidents this test writes in a district of its own choosing (湖南区 339904), so the
// seeded history elsewhere does not blur the counts.

let t: TestApp;
let dispatcher: Session;
const days = (n: number) => new Date(Date.now() - n * 86_400_000);
const place = { gridCode: '339904001001-G2', communityCode: '339904001001', streetCode: '339904001', districtCode: '339904', lat: 30.1, lng: 120.1 };

beforeAll(async () => {
  t = await createTestApp();
  dispatcher = await signIn(t.app, 'dispatcher.city');
  await t.database.executeSql("DELETE FROM incidents WHERE district_code = '339904'");
  for (let i = 0; i < 7; i++) await insertIncident(t.database, { ...place, categoryCode: 'appearance.street_vending', createdAt: days(1 + i * 3) });
  for (let i = 0; i < 2; i++) await insertIncident(t.database, { ...place, categoryCode: 'appearance.street_vending', createdAt: days(35 + i) });
  for (let i = 0; i < 4; i++) await insertIncident(t.database, { ...place, categoryCode: 'appearance.litter', createdAt: days(2 + i) });
});
afterAll(async () => {
  await t?.close();
});

describe('hotspots and 未诉先办', () => {
  it('a grid × category with at least 5 in 30 days is a hotspot, rising against the 30 days before; 4 is not', async () => {
    const response = await dispatcher.request('GET', '/api/v1/governance/hotspots?district=339904');
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<{ items: { gridCode: string; category: { code: string }; count: number; previousCount: number; rising: boolean; district: { code: string } }[] }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ gridCode: '339904001001-G2', category: { code: 'appearance.street_vending' }, count: 7, previousCount: 2, rising: true, district: { code: '339904' } });

    const suggestions = await dispatcher.request('GET', '/api/v1/governance/proactive-suggestions?district=339904');
    const s = suggestions.json<{ items: { title: { zh: string; en: string }; departmentKind: string | null }[] }>().items;
    expect(s).toHaveLength(1);
    expect(s[0]!.title.zh).toMatch(/^近30天.+“.+”类事件7起（上期2起），建议街道牵头开展专项整治，未诉先办$/);
    expect(s[0]!.departmentKind).toBe('urban_management');
  });

  it('staff only; a bad district is refused', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/governance/hotspots' })).statusCode).toBe(401);
    expect((await dispatcher.request('GET', '/api/v1/governance/hotspots?district=abc')).statusCode).toBe(400);
  });

  it('the map lists open incidents in the dispatcher’s region, inside the box, with a bad box refused', async () => {
    const all = await dispatcher.request('GET', '/api/v1/governance/map-incidents?bbox=120.0,30.0,120.2,30.2');
    expect(all.statusCode, all.body).toBe(200);
    const items = all.json<{ items: { lat: number; lng: number; status: string; deadlineState: string }[] }>().items;
    expect(items.length).toBeGreaterThanOrEqual(13);
    expect(items.every((i) => i.lat >= 30 && i.lat <= 30.2 && i.lng >= 120 && i.lng <= 120.2)).toBe(true);
    const outside = await dispatcher.request('GET', '/api/v1/governance/map-incidents?bbox=0,0,1,1');
    expect(outside.json<{ items: unknown[] }>().items).toHaveLength(0);
    expect((await dispatcher.request('GET', '/api/v1/governance/map-incidents?bbox=1,2,3')).statusCode).toBe(400);
    expect((await dispatcher.request('GET', '/api/v1/governance/map-incidents?status=nonsense')).statusCode).toBe(400);
  });
});
