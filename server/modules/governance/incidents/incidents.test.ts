import { and, asc, eq, isNotNull, isNull, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { auditRecords } from '../../../platform/audit/tables';
import { outboxEvents } from '../../../platform/jobs/tables';
import { grids, incidentCategories, incidentEvents, incidents } from '../tables';

interface Detail {
  id: string;
  number: string;
  status: string;
  version: number;
  duplicateOf: { id: string } | null;
  allowedActions: string[];
  parts: { role: string; status: string; department: { id: string } }[];
}

interface Refusal {
  error: { code: string; details: { field: string; rule: string }[] };
}

let t: TestApp;
let citizen: Session;
let other: Session;
let dispatcher: Session;
let category: string;
let centre: { lat: number; lng: number };

beforeAll(async () => {
  t = await createTestApp();
  [citizen, other, dispatcher] = await Promise.all([signIn(t.app, '13900000002'), signIn(t.app, '13900000003'), signIn(t.app, 'dispatcher.city')]);
  const [leaf] = await t.database.db.select().from(incidentCategories).where(and(isNotNull(incidentCategories.departmentKind), eq(incidentCategories.anonymousAllowed, false))).limit(1);
  category = leaf!.code;
  const [grid] = await t.database.db.select().from(grids).where(isNotNull(grids.workerUserId)).orderBy(grids.code).limit(1);
  centre = { lat: (grid!.minLat + grid!.maxLat) / 2, lng: (grid!.minLng + grid!.maxLng) / 2 };
});
afterAll(async () => t.close());

const report = (s: Session, body: Record<string, unknown>, key?: string) =>
  s.request('POST', '/api/v1/governance/incidents', { description: '路边井盖缺失，有安全隐患', categoryCode: category, ...body }, key ? { 'idempotency-key': key } : {});
const act = (s: Session, d: Detail, action: string, body: Record<string, unknown> = {}, version: number | null = d.version) =>
  s.request('POST', `/api/v1/governance/incidents/${d.id}/actions/${action}`, body, version === null ? {} : { 'if-match': `"${version}"` });

describe('intake', () => {
  it('refuses a short description and a missing place, naming the field and rule, writing nothing', async () => {
    const before = (await t.database.db.select().from(incidents)).length;
    const short = await report(citizen, { description: ' ab ', lat: centre.lat, lng: centre.lng });
    expect(short.statusCode).toBe(400);
    expect(short.json<Refusal>().error.details[0]).toMatchObject({ field: 'description', rule: 'minLength' });
    const nowhere = await report(citizen, {});
    expect(nowhere.statusCode).toBe(422);
    expect(nowhere.json<Refusal>().error.code).toBe('governance.location_required');
    const anonymous = await report(citizen, { lat: centre.lat, lng: centre.lng, anonymous: true });
    expect(anonymous.json<Refusal>().error.code).toBe('governance.anonymous_not_allowed');
    const leafless = await report(citizen, { lat: centre.lat, lng: centre.lng, categoryCode: 'no-such' });
    expect(leafless.json<Refusal>().error.details[0]).toMatchObject({ field: 'categoryCode', rule: 'leaf' });
    expect((await t.database.db.select().from(incidents)).length).toBe(before);
  });

  it('files once per Idempotency-Key, numbers it by district and China date, and links a near repeat as a duplicate', async () => {
    const first = await report(citizen, { lat: centre.lat, lng: centre.lng }, 'key-1');
    expect(first.statusCode, first.body).toBe(201);
    const again = await report(citizen, { lat: centre.lat, lng: centre.lng }, 'key-1');
    expect(again.json<Detail>().id).toBe(first.json<Detail>().id);
    const parent = first.json<Detail>();
    expect(parent.number).toMatch(/^\d{6}-\d{8}-G\d{7}$/);
    // ~110 m north: same problem → duplicate; ~280 m north: a new one.
    const near = (await report(other, { lat: centre.lat + 0.001, lng: centre.lng })).json<Detail>();
    expect(near.duplicateOf?.id).toBe(parent.id);
    expect(near.status).toBe('registered');
    const far = (await report(other, { lat: centre.lat + 0.0025, lng: centre.lng })).json<Detail>();
    expect(far.duplicateOf?.id ?? null).not.toBe(parent.id);
  });
});

describe('automatic dispatch at intake', () => {
  it('inserts the row dispatched, with its part, and journals the registration then the dispatch, in order', async () => {
    // Litter in 湖东区 has an automatic rule to the district's urban management bureau (see the seed).
    const [grid] = await t.database.db.select().from(grids).where(like(grids.code, '339902%')).orderBy(grids.code).limit(1);
    const point = { lat: (grid!.minLat + grid!.maxLat) / 2, lng: (grid!.minLng + grid!.maxLng) / 2 };
    const res = await report(citizen, { categoryCode: 'appearance.litter', description: '垃圾桶满了好几天没人清运', ...point });
    expect(res.statusCode, res.body).toBe(201);
    const filed = res.json<Detail>();
    expect(filed).toMatchObject({ status: 'dispatched', version: 2, parts: [{ role: 'lead', status: 'open' }] });

    const timeline = await t.database.db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, filed.id)).orderBy(asc(incidentEvents.id));
    expect(timeline.map((e) => [e.action, e.fromStatus, e.toStatus, e.actorName])).toEqual([
      ['register', null, 'registered', expect.any(String)],
      ['dispatch', 'registered', 'dispatched', 'system:auto-dispatch'],
    ]);
    const audit = await t.database.db.select().from(auditRecords).where(eq(auditRecords.objectId, filed.id)).orderBy(asc(auditRecords.id));
    expect(audit.map((a) => [a.action, (a.details as { version: number }).version])).toEqual([
      ['governance.register', 1],
      ['governance.dispatch', 2],
    ]);
    const events = await t.database.db
      .select()
      .from(outboxEvents)
      .where(sql`${outboxEvents.payload}->>'incidentId' = ${filed.id}`)
      .orderBy(asc(outboxEvents.id));
    expect(events.map((e) => [e.payload.action, e.payload.from, e.payload.to, e.payload.leadDepartmentId === null])).toEqual([
      ['register', null, 'registered', true],
      ['dispatch', 'registered', 'dispatched', false],
    ]);
  });
});

describe('lifecycle', () => {
  // Each transition and each forbidden one: transitions.test.ts, forbidden-actions.test.ts, co-handling.test.ts.
  it('closes the duplicates with their parent', async () => {
    const [dup] = await t.database.db.select().from(incidents).where(isNotNull(incidents.duplicateOf)).limit(1);
    const parent = (await dispatcher.request('GET', `/api/v1/governance/incidents/${dup!.duplicateOf}`)).json<Detail>();
    const res = await act(dispatcher, parent, 'close', { note: '已处理' });
    expect(res.statusCode, res.body).toBe(200);
    const [after] = await t.database.db.select().from(incidents).where(eq(incidents.id, dup!.id));
    expect(after!.status).toBe('closed');
    const open = await t.database.db.select().from(incidents).where(and(eq(incidents.duplicateOf, parent.id), isNull(incidents.closedAt)));
    expect(open).toHaveLength(0);
  });
});

describe('public map', () => {
  it('shows public categories only, without text, rounded to 3 decimals', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/governance/public-incidents?bbox=120,30,121,31' });
    expect(res.statusCode).toBe(200);
    for (const item of res.json<{ items: Record<string, unknown>[] }>().items) {
      expect(Object.keys(item).sort()).toEqual(['category', 'createdAt', 'id', 'lat', 'lng', 'status']);
      expect(Math.round((item.lat as number) * 1000) / 1000).toBe(item.lat);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/governance/public-incidents?bbox=1,2' })).statusCode).toBe(400);
  });
});
