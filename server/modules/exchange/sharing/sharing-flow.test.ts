import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/calendar/iso-date';
import { todayInChina } from '../../../platform/calendar/working-calendar';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { sharingRequests } from '../tables';
import { act, createResource, detail, errorCode, newRequest, problemsOf, requestBody } from './sharing-fixtures';

let t: TestApp;
let hrss: Session;
let data: Session;
let psb: Session;
let city: Session;
let hudong: Session;
beforeAll(async () => {
  t = await createTestApp();
  [hrss, data, psb, city, hudong] = await Promise.all([signIn(t.app, 'steward.hrss'), signIn(t.app, 'steward.data'), signIn(t.app, 'steward.psb'), signIn(t.app, 'steward.city'), signIn(t.app, 'steward.hudong')]);
});
afterAll(async () => t.close());

const count = async (sql: string, values: unknown[]) => Number(Object.values((await t.database.executeSql(sql, values)).rows[0] ?? {})[0]);
const today = todayInChina();
const due = (n: number) => t.services.calendar.addWorkingDays(today, n).date;

describe('an unconditional resource', () => {
  it('is granted as requested once the Big Data Bureau passes the compliance check', async () => {
    const { code } = await createResource(t.database, { sharingType: 'unconditional' });
    const created = await newRequest(hrss, code);
    expect(created.number).toMatch(new RegExp(`^GX-${today.replaceAll('-', '')}-\\d{4}$`));
    expect(created).toMatchObject({ status: 'compliance_check', dueOn: due(2), version: 1, availableActions: [], decisions: [], grant: null });
    expect((await detail(data, created.id)).availableActions).toEqual(['approve', 'refuse']);
    const res = await act(data, created.id, 'approve', {}, { 'if-match': '"1"' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', version: 2, dueOn: null, grant: { fields: ['name', 'idNumber', 'status'], plainFields: [], ratePerMinute: 600, expiresOn: created.periodUntil } });
    const decisions = res.json<{ decisions: { step: string; outcome: string; byName: string; department: { name: string } }[] }>().decisions;
    expect(decisions.map((d) => [d.step, d.outcome, d.byName, d.department.name])).toEqual([['compliance_check', 'approved', '汪合规', '明湖市大数据管理局']]);
    expect(await count("SELECT count(*) FROM audit_records WHERE object_id = $1 AND action LIKE 'exchange.request_%'", [created.id])).toBe(2);
    expect(await count("SELECT count(*) FROM outbox_events WHERE topic = 'exchange.request_changed' AND payload->>'requestId' = $1", [created.id])).toBe(2);
  });

  it('numbers the day’s requests one after another', async () => {
    const { code } = await createResource(t.database);
    const a = await newRequest(hrss, code);
    const b = await newRequest(hrss, code);
    expect(Number(b.number.slice(-4))).toBe(Number(a.number.slice(-4)) + 1);
  });
});

describe('a conditional resource', () => {
  it('goes to its provider after the check, who grants a subset with plain fields, a rate and an expiry', async () => {
    const { code } = await createResource(t.database, { sharingType: 'conditional' });
    const created = await newRequest(hrss, code);
    const passed = await act(data, created.id, 'approve');
    expect(passed.json()).toMatchObject({ status: 'provider_review', dueOn: due(5), grant: null });
    const expiresOn = addDays(today, 90);
    const granted = await act(psb, created.id, 'approve', { fields: ['name', 'idNumber'], plainFields: ['idNumber'], ratePerMinute: 60, expiresOn }, { 'if-match': '2' });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json()).toMatchObject({ status: 'approved', version: 3, grant: { fields: ['name', 'idNumber'], plainFields: ['idNumber'], ratePerMinute: 60, expiresOn } });
    const [row] = await t.database.db.select().from(sharingRequests).where(eq(sharingRequests.id, created.id));
    expect(row).toMatchObject({ grantedFields: ['name', 'idNumber'], plainFields: ['idNumber'], ratePerMinute: 60, expiresOn, status: 'approved' });
    expect(row?.decisions.map((d) => `${d.step}:${d.outcome}`)).toEqual(['compliance_check:passed', 'provider_review:approved']);
  });

  it('gives the provider 10 working days when the data is not yet released', async () => {
    const { code } = await createResource(t.database, { sharingType: 'conditional', releasedOn: null });
    const created = await newRequest(hrss, code);
    expect((await act(data, created.id, 'approve')).json()).toMatchObject({ status: 'provider_review', dueOn: due(10) });
  });

  it('refuses the provider’s terms field by field: unrequested fields, plain non-sensitive fields, expiry after the period', async () => {
    const { code } = await createResource(t.database, { sharingType: 'conditional' });
    const created = await newRequest(hrss, code, { periodUntil: addDays(today, 30) });
    await act(data, created.id, 'approve');
    const res = await act(psb, created.id, 'approve', { fields: ['name', 'address'], plainFields: ['name'], ratePerMinute: 10, expiresOn: addDays(today, 31) });
    expect(res.statusCode).toBe(422);
    expect(problemsOf(res)).toEqual(['fields:not_requested', 'plainFields:not_sensitive_granted', 'expiresOn:after_period']);
    const missing = await act(psb, created.id, 'approve', {});
    expect(problemsOf(missing)).toEqual(['ratePerMinute:required', 'expiresOn:required']);
    expect((await detail(psb, created.id)).version).toBe(2);
  });
});

describe('important and core data', () => {
  it('needs the higher authority: the Big Data Bureau for a city-level provider', async () => {
    const { code } = await createResource(t.database, { sharingType: 'conditional', grade: 'important' });
    const created = await newRequest(hrss, code);
    await act(data, created.id, 'approve');
    const terms = { ratePerMinute: 30, expiresOn: addDays(today, 60) };
    const passed = await act(psb, created.id, 'approve', terms);
    expect(passed.json()).toMatchObject({ status: 'higher_review', dueOn: due(5), decidingDepartments: [expect.objectContaining({ name: '明湖市大数据管理局' })] });
    const again = await act(psb, created.id, 'approve', terms);
    expect([again.statusCode, errorCode(again)]).toEqual([403, 'exchange.not_steward']);
    const approved = await act(data, created.id, 'approve');
    expect(approved.json()).toMatchObject({ status: 'approved', grant: { ratePerMinute: 30 } });
  });

  it('goes to the same kind of department one level up for a district provider', async () => {
    const { code } = await createResource(t.database, { provider: 'D339902-AMR', sharingType: 'conditional', grade: 'core' });
    const created = await newRequest(hrss, code);
    await act(data, created.id, 'approve');
    const passed = await act(hudong, created.id, 'approve', { ratePerMinute: 5, expiresOn: addDays(today, 10) });
    expect(passed.json()).toMatchObject({ status: 'higher_review', decidingDepartments: [expect.objectContaining({ name: '明湖市市场监督管理局' })] });
    expect((await act(data, created.id, 'approve')).statusCode).toBe(403);
    expect((await act(city, created.id, 'approve')).json()).toMatchObject({ status: 'approved' });
  });
});

describe('refusals, revocation and who may act', () => {
  it('refuses a not-shared resource and bad requests naming each field', async () => {
    const notShared = await createResource(t.database, { sharingType: 'not_shared' });
    const res = await hrss.request('POST', '/api/v1/exchange/requests', requestBody(notShared.code));
    expect([res.statusCode, errorCode(res)]).toEqual([422, 'exchange.not_shared']);
    const { code } = await createResource(t.database);
    const bad = await hrss.request('POST', '/api/v1/exchange/requests', requestBody(code, { purpose: '  ', legalBasis: '', fields: ['name', 'salary'], periodFrom: addDays(today, 10), periodUntil: addDays(today, 5) }));
    expect([bad.statusCode, errorCode(bad)]).toEqual([422, 'exchange.request_invalid']);
    expect(problemsOf(bad)).toEqual(['purpose:not_blank', 'legalBasis:not_blank', 'periodUntil:before_start', 'fields:unknown_field']);
    const unknown = await hrss.request('POST', '/api/v1/exchange/requests', requestBody('NO-SUCH'));
    expect(problemsOf(unknown)).toEqual(['resource:unknown_resource']);
    expect(await count('SELECT count(*) FROM sharing_requests WHERE resource_id = (SELECT id FROM data_resources WHERE code = $1)', [code])).toBe(0);
  });

  it('needs a reason to refuse, and records it', async () => {
    const { code } = await createResource(t.database, { sharingType: 'conditional' });
    const created = await newRequest(hrss, code);
    const bare = await act(data, created.id, 'refuse', { reason: ' ' });
    expect([bare.statusCode, problemsOf(bare)]).toEqual([422, ['reason:required']]);
    const refused = await act(data, created.id, 'refuse', { reason: '用途与事项无关' });
    expect(refused.json()).toMatchObject({ status: 'refused', refusalReason: '用途与事项无关', dueOn: null, availableActions: [] });
    const late = await act(data, created.id, 'approve');
    expect([late.statusCode, errorCode(late)]).toEqual([409, 'exchange.action_not_allowed']);
  });

  it('answers 404 to unrelated stewards, 403 to those who see it but do not decide, 412 to a stale version', async () => {
    const { code } = await createResource(t.database);
    const created = await newRequest(hrss, code);
    const stranger = await act(hudong, created.id, 'approve');
    expect([stranger.statusCode, errorCode(stranger)]).toEqual([404, 'exchange.request_not_found']);
    expect((await hudong.request('GET', `/api/v1/exchange/requests/${created.id}`)).statusCode).toBe(404);
    const consumer = await act(hrss, created.id, 'approve');
    expect([consumer.statusCode, errorCode(consumer)]).toEqual([403, 'exchange.not_steward']);
    const provider = await act(psb, created.id, 'approve');
    expect(provider.statusCode).toBe(403);
    const stale = await act(data, created.id, 'approve', {}, { 'if-match': '"7"' });
    expect([stale.statusCode, errorCode(stale)]).toEqual([412, 'request.precondition_failed']);
    expect((await detail(data, created.id)).status).toBe('compliance_check');
  });

  it('lets the provider revoke an approved grant with a reason', async () => {
    const { code } = await createResource(t.database);
    const created = await newRequest(hrss, code);
    await act(data, created.id, 'approve');
    expect((await act(hrss, created.id, 'revoke', { reason: '不再需要' })).statusCode).toBe(403);
    const revoked = await act(psb, created.id, 'revoke', { reason: '发现超范围使用' });
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    expect((await act(psb, created.id, 'revoke', { reason: '再次' })).statusCode).toBe(409);
  });
});

describe('the lists', () => {
  it('shows the consumer its requests and each decider what awaits it', async () => {
    const { code } = await createResource(t.database, { sharingType: 'conditional' });
    const created = await newRequest(hrss, code);
    const ids = async (s: Session, role: string) => (await s.request('GET', `/api/v1/exchange/requests?role=${role}&limit=100`)).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(await ids(hrss, 'consumer')).toContain(created.id);
    expect(await ids(hrss, 'todo')).not.toContain(created.id);
    expect(await ids(data, 'todo')).toContain(created.id);
    expect(await ids(psb, 'todo')).not.toContain(created.id);
    expect(await ids(psb, 'provider')).toContain(created.id);
    expect(await ids(hudong, 'all')).not.toContain(created.id);
    await act(data, created.id, 'approve');
    expect(await ids(data, 'todo')).not.toContain(created.id);
    expect(await ids(data, 'all')).toContain(created.id);
    expect(await ids(psb, 'todo')).toContain(created.id);
    const page = (await psb.request('GET', '/api/v1/exchange/requests?role=todo')).json<{ items: { id: string; deadline: string; availableActions: string[] }[] }>();
    expect(page.items.find((i) => i.id === created.id)).toMatchObject({ deadline: 'on_time', availableActions: ['approve', 'refuse'] });
  });
});
