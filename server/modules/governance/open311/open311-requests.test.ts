import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { DEMO_OPEN311_KEY, DEMO_SENSOR_KEY } from '../../../seed/demo-governance';
import { incidents } from '../tables';
import { form, open311Client, pointIn } from './open311-test-support';

// POST requests.json against GeoReport v2: form and JSON posting, keys, the fields of the answer, attribute checks,
// idempotency, duplicates, and the errors (400/403/404 as arrays of { code, description }).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());
const { postForm, postJson, created, one, expectErrors, incidentCount } = open311Client(() => t);

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
