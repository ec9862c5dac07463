import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../platform/context';
import { users } from '../../identity/tables';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { DEMO_OPEN311_KEY } from '../../../seed/demo-governance';
import { registerIncident } from '../incidents/register-incident';
import { incidents } from '../tables';
import { open311Client, pointIn, REQUEST_FIELDS, W3C_CHINA, type ServiceRequest } from './open311-test-support';

// GET requests/{id}.json and requests.json against GeoReport v2: the fields of each request, the filters and their
// defaults, the errors, and what a public reader never sees.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());
const { postForm, get, created, one, expectErrors } = open311Client(() => t);

describe('GET requests/{id}.json and requests.json', () => {
  let filed: string;
  let citizenPublic: string;
  let citizenPrivate: string;

  const startedAt = new Date(Date.now() - 60_000).toISOString().slice(0, 19) + 'Z';

  beforeAll(async () => {
    const point = pointIn('339902002001-G2');
    const res = await postForm(
      { api_key: DEMO_OPEN311_KEY, service_code: 'appearance.litter', lat: point.lat, long: point.long, address_string: '望江路 8 号', description: '垃圾桶满了没人清', last_name: '李', first_name: '四', phone: '13800001111', media_url: 'https://img.example.com/litter.jpg' },
      { 'accept-language': 'en' },
    );
    filed = (await created(res)).service_request_id;
    // A citizen's own report of a public category, and one of a category that is not public.
    const [citizen] = await t.database.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.kind, 'citizen')).limit(1);
    const ctx = systemContext(t.services, 'test');
    const spot = pointIn('339902002001-G3');
    await t.database.db.transaction(async (tx) => {
      const reporter = { userId: citizen!.id, name: citizen!.name, phone: '13900000001', contactPreference: 'sms' as const, anonymous: false };
      citizenPublic = (await registerIncident(tx, ctx, { channel: 'citizen', description: '我家楼下王大爷门口的路灯坏了', categoryCode: 'roads.streetlight', point: { lat: spot.lat + 0.00012345, lng: spot.long + 0.00012345 }, address: '望江路 9 号 3 单元 502 室', reporter })).number;
      citizenPrivate = (await registerIncident(tx, ctx, { channel: 'citizen', description: '隔壁装修噪音太吵了', categoryCode: 'noise.residential', point: { lat: spot.lat, lng: spot.long + 0.003 }, reporter })).number;
    });
  });

  it('gives an Open311 request with exactly the spec fields, typed, times in China time', async () => {
    const request = await one(filed);
    expect(Object.keys(request).sort()).toEqual(REQUEST_FIELDS);
    const point = pointIn('339902002001-G2');
    expect(request).toMatchObject({
      service_request_id: filed,
      status: 'open',
      service_code: 'appearance.litter',
      service_name: '暴露垃圾',
      description: '垃圾桶满了没人清',
      address: '望江路 8 号',
      address_id: '339902002001-G2',
      zipcode: null,
      lat: point.lat,
      long: point.long,
      media_url: 'https://img.example.com/litter.jpg',
      service_notice: null,
    });
    for (const field of ['requested_datetime', 'updated_datetime'] as const) expect(request[field]).toMatch(W3C_CHINA);
    // Litter in 湖东区 is dispatched by rule to the district's urban management bureau, with a deadline.
    expect(request.agency_responsible).toMatch(/湖东区/);
    expect(request.expected_datetime).toMatch(W3C_CHINA);
    expect(typeof request.status_notes).toBe('string');
    const text = JSON.stringify(request);
    for (const secret of ['李四', '13800001111']) expect(text).not.toContain(secret);
  });

  it('shows a citizen report of a public category without its words, its address or its exact spot', async () => {
    const request = await one(citizenPublic);
    expect(Object.keys(request).sort()).toEqual(REQUEST_FIELDS);
    expect(request.description).toBe('路灯损坏');
    expect(request.media_url).toBeNull();
    expect(String(request.address)).not.toContain('502');
    expect(String(request.address)).toMatch(/区$/);
    expect(request.lat).toBe(Math.round((request.lat as number) * 1000) / 1000);
    const text = JSON.stringify(request);
    for (const secret of ['王大爷', '502', '13900000001']) expect(text).not.toContain(secret);
  });

  it('answers 404 for a report of a category that is not public, and for an unknown id', async () => {
    for (const id of [citizenPrivate, '339902-20260101-G9999999']) {
      const res = await get(`/requests/${id}.json`);
      expectErrors(res, 404);
    }
  });

  it('lists the last 90 days by default, public and Open311 only, newest first, each with the spec fields', async () => {
    const res = await get('/requests.json');
    expect(res.statusCode).toBe(200);
    const list = res.json<ServiceRequest[]>();
    const ids = list.map((r) => r.service_request_id);
    expect(ids).toEqual(expect.arrayContaining([filed, citizenPublic]));
    expect(ids).not.toContain(citizenPrivate);
    for (const r of list) expect(Object.keys(r).sort()).toEqual(REQUEST_FIELDS);
    const times = list.map((r) => String(r.requested_datetime));
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by ids (overriding the rest), service codes and status', async () => {
    const byIds = (await get(`/requests.json?service_request_id=${filed},${citizenPublic},${citizenPrivate}&status=closed&service_code=roads.pothole`)).json<ServiceRequest[]>();
    expect(byIds.map((r) => r.service_request_id).sort()).toEqual([filed, citizenPublic].sort());
    const litter = (await get('/requests.json?service_code=appearance.litter,roads.pothole')).json<ServiceRequest[]>();
    expect(litter.length).toBeGreaterThan(0);
    expect(litter.every((r) => r.service_code === 'appearance.litter' || r.service_code === 'roads.pothole')).toBe(true);
    expect(litter.map((r) => r.service_request_id)).toContain(filed);

    await t.database.db.update(incidents).set({ status: 'closed', closedAt: new Date() }).where(eq(incidents.number, citizenPublic));
    const closed = (await get('/requests.json?status=closed')).json<ServiceRequest[]>();
    expect(closed.map((r) => r.service_request_id)).toContain(citizenPublic);
    expect(closed.every((r) => r.status === 'closed')).toBe(true);
    const open = (await get('/requests.json?status=open')).json<ServiceRequest[]>();
    expect(open.map((r) => r.service_request_id)).toContain(filed);
    expect(open.map((r) => r.service_request_id)).not.toContain(citizenPublic);
    // Both statuses are everything: counted over this run's requests only (the demo history has thousands).
    const since = `start_date=${encodeURIComponent(startedAt)}`;
    const both = (await get(`/requests.json?status=open,closed&${since}`)).json<ServiceRequest[]>().length;
    const openNow = (await get(`/requests.json?status=open&${since}`)).json<ServiceRequest[]>().length;
    const closedNow = (await get(`/requests.json?status=closed&${since}`)).json<ServiceRequest[]>().length;
    expect(closedNow).toBeGreaterThan(0);
    expect(both).toBe(openNow + closedNow);
    expect((await one(citizenPublic)).status).toBe('closed');
  });

  it('filters by start_date and end_date (W3C), the default range leaving older requests out', async () => {
    const old = new Date(Date.now() - 120 * 24 * 3600_000);
    await t.database.db.update(incidents).set({ createdAt: old }).where(eq(incidents.number, filed));
    expect((await get('/requests.json')).json<ServiceRequest[]>().map((r) => r.service_request_id)).not.toContain(filed);
    const from = new Date(old.getTime() - 24 * 3600_000).toISOString().slice(0, 19) + 'Z';
    const to = new Date(old.getTime() + 24 * 3600_000).toISOString().slice(0, 19) + 'Z';
    const ranged = (await get(`/requests.json?start_date=${from}&end_date=${to}`)).json<ServiceRequest[]>();
    expect(ranged.map((r) => r.service_request_id)).toContain(filed);
    expect(ranged.every((r) => new Date(String(r.requested_datetime)) >= new Date(from) && new Date(String(r.requested_datetime)) <= new Date(to))).toBe(true);
    // A start alone covers the 90 days after it.
    const startOnly = (await get(`/requests.json?start_date=${from}&service_code=appearance.litter`)).json<ServiceRequest[]>();
    expect(startOnly.map((r) => r.service_request_id)).toContain(filed);
    expect(startOnly.every((r) => new Date(String(r.requested_datetime)).getTime() <= new Date(from).getTime() + 90 * 24 * 3600_000)).toBe(true);
    // Still reachable by its id.
    expect((await one(filed)).service_request_id).toBe(filed);
  });

  it('answers bad filters with 400 in the spec format', async () => {
    expect(expectErrors(await get('/requests.json?start_date=yesterday'), 400)[0]).toMatch(/^start_date/);
    expect(expectErrors(await get('/requests.json?status=pending'), 400)[0]).toMatch(/^status/);
    expect(expectErrors(await get('/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z'), 400)[0]).toMatch(/^end_date/);
    expect(expectErrors(await get('/requests.json?start_date=2026-06-01T00:00:00Z&end_date=2026-05-01T00:00:00Z'), 400)[0]).toMatch(/^end_date/);
  });

  it('answers in English with locale=en', async () => {
    const res = await get(`/requests/${citizenPublic}.json?locale=en`);
    const [request] = res.json<ServiceRequest[]>();
    expect(request).toMatchObject({ service_name: 'Broken streetlight', description: 'Broken streetlight' });
  });
});
