import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../platform/context';
import { users } from '../../identity/tables';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { DEMO_OPEN311_KEY, DEMO_SENSOR_KEY } from '../../../seed/demo-governance';
import { demoGrids } from '../../../seed/demo-grids';
import { registerIncident } from '../incidents/register-incident';
import { incidents } from '../tables';

// POST and GET requests against GeoReport v2: the fields of each request, the filters and their defaults, the
// errors (400/403/404 as arrays of { code, description }), form and JSON posting, and what a public reader never sees.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const REQUEST_FIELDS = [
  'address', 'address_id', 'agency_responsible', 'description', 'expected_datetime', 'lat', 'long', 'media_url', 'requested_datetime', 'service_code',
  'service_name', 'service_notice', 'service_request_id', 'status', 'status_notes', 'updated_datetime', 'zipcode',
].sort();
const W3C_CHINA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

interface Created {
  service_request_id: string;
  service_notice: string | null;
  account_id: string | null;
}
type ServiceRequest = Record<string, unknown> & { service_request_id: string; status: string; status_notes: string | null; lat: number | null; long: number | null };

/** The centre of a demo grid, nudged so two requests in one grid are further apart than the fusion distance. */
function pointIn(gridCode: string, east = 0): { lat: number; long: number } {
  const ring = demoGrids().find((g) => g.code === gridCode)!.geometry.coordinates[0]!;
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return { lat: (Math.min(...lats) + Math.max(...lats)) / 2, long: Math.min(...lngs) + 0.0005 + east };
}

function form(fields: Record<string, string | number | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  return params.toString();
}

const postForm = (fields: Record<string, string | number | string[]>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: form(fields), headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers } });
const postJson = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: body });
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/open311/v2${url}`, headers });

async function created(res: Awaited<ReturnType<typeof postForm>>): Promise<Created> {
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<Created[]>();
  expect(body).toHaveLength(1);
  expect(Object.keys(body[0]!).sort()).toEqual(['account_id', 'service_notice', 'service_request_id']);
  return body[0]!;
}

async function one(id: string): Promise<ServiceRequest> {
  const res = await get(`/requests/${id}.json`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<ServiceRequest[]>();
  expect(body).toHaveLength(1);
  return body[0]!;
}

function expectErrors(res: Awaited<ReturnType<typeof postForm>>, status: number): string[] {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json<{ code: number; description: string }[]>();
  expect(Array.isArray(body)).toBe(true);
  for (const e of body) {
    expect(Object.keys(e).sort()).toEqual(['code', 'description']);
    expect(e.code).toBe(status);
  }
  return body.map((e) => e.description);
}

const incidentCount = async () => Number((await t.database.db.select({ n: count() }).from(incidents))[0]!.n);

describe('POST requests.json', () => {
  it('files a form-encoded request as an Open311 incident and answers the spec fields', async () => {
    const point = pointIn('339902001001-G1');
    const res = await postForm({
      api_key: DEMO_OPEN311_KEY,
      jurisdiction_id: 'minghu.example',
      service_code: 'roads.pothole',
      lat: point.lat,
      long: point.long,
      address_string: '湖滨路 12 号门前',
      description: '路面有一个大坑，电动车经过很危险',
      first_name: '三',
      last_name: '张',
      phone: '13912345678',
      email: 'zhang@example.com',
      device_id: 'device-1',
      media_url: 'https://img.example.com/pothole.jpg',
      'attribute[size]': 'large',
    });
    const body = await created(res);
    expect(body.service_request_id).toMatch(/^339902-\d{8}-G\d{7}$/);
    expect(body.account_id).toBeNull();
    expect(body.service_notice).toContain(body.service_request_id);

    const [row] = await t.database.db.select().from(incidents).where(eq(incidents.number, body.service_request_id));
    expect(row).toMatchObject({ channel: 'open311', categoryCode: 'roads.pothole', gridCode: '339902001001-G1', reporterName: '张三', address: '湖滨路 12 号门前' });
    expect(row!.attributes).toEqual({ size: 'large', _media_url: 'https://img.example.com/pothole.jpg' });
    expect(row!.intakeClientId).not.toBeNull();
    expect(row!.reporterPhoneEnc).not.toContain('13912345678');
    expect(t.services.cipher.decrypt(row!.reporterPhoneEnc!, 'incidents.reporter_phone')).toBe('13912345678');
  });

  it('accepts JSON with nested attributes, api_key in the query, and address_id (a grid code) as the location', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.json?api_key=${DEMO_OPEN311_KEY}`,
      payload: { service_code: 'appearance.litter', address_id: '339903001002-G2', description: '路边堆了很多生活垃圾', attribute: { amount: 'pile' } },
    });
    const body = await created(res);
    const request = await one(body.service_request_id);
    expect(request.address_id).toBe('339903001002-G2');
    const [row] = await t.database.db.select().from(incidents).where(eq(incidents.number, body.service_request_id));
    expect(row!.attributes).toEqual({ amount: 'pile' });

    // JSON with the form's bracketed keys works too.
    const point = pointIn('339903001001-G1');
    const bracketed = await created(await postJson({ api_key: DEMO_OPEN311_KEY, service_code: 'roads.pothole', lat: point.lat, long: point.long, description: '桥头路面破了个洞', 'attribute[size]': 'small' }));
    const [pothole] = await t.database.db.select().from(incidents).where(eq(incidents.number, bracketed.service_request_id));
    expect(pothole!.attributes).toEqual({ size: 'small' });
  });

  it('accepts an address alone, and an Authorization Bearer key', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: form({ service_code: 'facilities.park', address_string: '东湖公园北门', description: '公园长椅断了一条腿' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${DEMO_OPEN311_KEY}` },
    });
    const request = await one((await created(res)).service_request_id);
    expect(request).toMatchObject({ address: '东湖公园北门', lat: null, long: null });
  });

  it('refuses a missing, wrong or sensor-only key with 403 and writes nothing', async () => {
    const before = await incidentCount();
    const point = pointIn('339902001002-G1');
    const fields = { service_code: 'roads.parking', lat: point.lat, long: point.long, description: '消防通道被车堵住了' };
    expect(expectErrors(await postForm(fields), 403)[0]).toBeTruthy();
    expectErrors(await postForm({ ...fields, api_key: 'ywk_demoo311_wrongwrongwrongwrongwrongwrongwrongwr' }), 403);
    expectErrors(await postForm({ ...fields, api_key: 'not-a-key' }), 403);
    expectErrors(await postForm({ ...fields, api_key: DEMO_SENSOR_KEY }), 403);
    expect(await incidentCount()).toBe(before);
  });

  it('answers 400 naming each missing parameter, 404 for an unknown service or jurisdiction', async () => {
    const before = await incidentCount();
    const noCode = expectErrors(await postForm({ api_key: DEMO_OPEN311_KEY, description: '路灯不亮了好几天' }), 400);
    expect(noCode.some((d) => d.startsWith('service_code'))).toBe(true);
    expect(noCode.some((d) => d.startsWith('lat'))).toBe(true);
    const halfPoint = expectErrors(await postForm({ api_key: DEMO_OPEN311_KEY, service_code: 'roads.parking', lat: 30.2 }), 400);
    expect(halfPoint).toEqual([expect.stringMatching(/^long: /)]);
    expectErrors(await postForm({ api_key: DEMO_OPEN311_KEY, service_code: 'roads.parking', lat: 95, long: 120.1 }), 400);
    expectErrors(await postForm({ api_key: DEMO_OPEN311_KEY, service_code: 'roads.parking', lat: 'north', long: 120.1 }), 400);
    expectErrors(await postForm({ api_key: DEMO_OPEN311_KEY, service_code: 'roads.parking', address_id: 'no-such-grid' }), 400);
    expectErrors(await postForm({ api_key: DEMO_OPEN311_KEY, service_code: 'roads.parking', address_string: '某路', media_url: 'javascript:alert(1)' }), 400);
    expectErrors(await postForm({ api_key: DEMO_OPEN311_KEY, service_code: 'roads.parking', address_string: '某路', email: 'not-an-email' }), 400);
    expect(expectErrors(await postForm({ api_key: DEMO_OPEN311_KEY, service_code: 'no.such', address_string: '某路' }), 404)[0]).toContain('service_code');
    expect(expectErrors(await postForm({ api_key: DEMO_OPEN311_KEY, service_code: 'roads', address_string: '某路' }), 404)[0]).toContain('service_code');
    expect(expectErrors(await postForm({ api_key: DEMO_OPEN311_KEY, jurisdiction_id: 'sfgov.org', service_code: 'roads.parking', address_string: '某路' }), 404)[0]).toContain('jurisdiction_id');
    expect(await incidentCount()).toBe(before);
  });

  it('checks attribute values against the service definition: required, listed values, datatype, unknown codes', async () => {
    const before = await incidentCount();
    const base = { api_key: DEMO_OPEN311_KEY, address_string: '望江路口', description: '路面塌陷了一块' };
    expect(expectErrors(await postForm({ ...base, service_code: 'roads.pothole' }), 400)).toEqual([expect.stringMatching(/^attribute\[size\]: /)]);
    expect(expectErrors(await postForm({ ...base, service_code: 'roads.pothole', 'attribute[size]': 'huge' }), 400)).toEqual([expect.stringMatching(/^attribute\[size\]: /)]);
    expectErrors(await postForm({ ...base, service_code: 'roads.pothole', 'attribute[size][]': ['small', 'large'] }), 400);
    expect(expectErrors(await postForm({ ...base, service_code: 'roads.flooding', 'attribute[depth_cm]': 'deep' }), 400)).toEqual([expect.stringMatching(/^attribute\[depth_cm\]: /)]);
    expect(expectErrors(await postForm({ ...base, service_code: 'roads.parking', 'attribute[colour]': 'red' }), 400)).toEqual([expect.stringMatching(/^attribute\[colour\]: /)]);
    expect(await incidentCount()).toBe(before);

    const ok = await created(await postForm({ ...base, service_code: 'roads.flooding', 'attribute[depth_cm]': '35' }));
    const [row] = await t.database.db.select().from(incidents).where(eq(incidents.number, ok.service_request_id));
    expect(row!.attributes).toEqual({ depth_cm: 35 });
  });

  it('files once per Idempotency-Key', async () => {
    const point = pointIn('339904001001-G1');
    const fields = { api_key: DEMO_OPEN311_KEY, service_code: 'roads.manhole', lat: point.lat, long: point.long, description: '井盖不见了，很危险' };
    const before = await incidentCount();
    const first = await created(await postForm(fields, { 'idempotency-key': 'open311-test-manhole-1' }));
    const again = await created(await postForm(fields, { 'idempotency-key': 'open311-test-manhole-1' }));
    expect(again.service_request_id).toBe(first.service_request_id);
    expect(await incidentCount()).toBe(before + 1);
  });

  it('links a second request of the same service at the same spot to the first and says so', async () => {
    const point = pointIn('339903002001-G2');
    const fields = { api_key: DEMO_OPEN311_KEY, service_code: 'appearance.illegal_ads', lat: point.lat, long: point.long, description: '墙上贴满了小广告' };
    const first = await created(await postForm(fields));
    const second = await created(await postForm({ ...fields, description: '电线杆上到处是小广告' }));
    expect(second.service_notice).toContain('合并');
    const request = await one(second.service_request_id);
    expect(request.status_notes).toContain(first.service_request_id);
    expect(request.status).toBe('open');
  });
});

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
