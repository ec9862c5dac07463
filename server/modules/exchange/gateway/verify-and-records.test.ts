import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { exchangeRecords } from '../tables';
import { demoCitizens } from '../../../seed/demo-accounts';
import { ageOn } from './verify-claim';
import { createApiKey, createGrant, createResource, daysFromToday, departmentId, putRecord, residentId } from './gateway-fixtures';

let t: TestApp;
let key: string;
let code: string;
let steward: Session;
let auditor: Session;
let psbClerk: Session;
const SENIOR = residentId('19500315', 11);
const YOUNG = residentId('20000101', 12);

beforeAll(async () => {
  t = await createTestApp();
  const resource = await createResource(t, { provider: 'D339900-CIVIL', method: 'verify' });
  code = resource.code;
  await putRecord(t, resource.id, SENIOR, { name: '李老伯', birth_date: '1950-03-15', address: '明湖市湖滨路2号', disabled: true, household_size: 2 });
  await putRecord(t, resource.id, YOUNG, { name: '王小', birth_date: '2000-01-01', address: '明湖市湖滨路3号', disabled: false, household_size: 4 });
  const grantId = await createGrant(t, { consumer: 'D339900-HRSS', resourceId: resource.id, fields: ['birth_date', 'disabled', 'household_size'] });
  key = (await createApiKey(t, { consumer: 'D339900-HRSS', grantIds: [grantId] })).key;
  // The PSB's own staff look up under a grant of their department (staff session callers).
  await createGrant(t, { consumer: 'D339900-PSB', resourceId: resource.id, fields: ['name', 'address'], expiresOn: daysFromToday(5) });
  steward = await signIn(t.app, 'steward.civil');
  auditor = await signIn(t.app, 'auditadmin');
  psbClerk = await signIn(t.app, 'psb.city');
});
afterAll(async () => t.close());

function verify(subject: string, claim: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/v1/exchange/verify', headers: { authorization: `Bearer ${key}` }, payload: { resource: code, subject, claim, purpose: '高龄津贴资格核验' } });
}

describe('verify-only claims', () => {
  it('answers yes or no without returning any data, and records each call as a verify', async () => {
    const cases: [string, Record<string, unknown>, boolean][] = [
      [SENIOR, { field: 'birth_date', operator: 'ageAtLeast', value: 60 }, true],
      [YOUNG, { field: 'birth_date', operator: 'ageAtLeast', value: 60 }, false],
      [SENIOR, { field: 'disabled', operator: 'isTrue' }, true],
      [YOUNG, { field: 'disabled', operator: 'isTrue' }, false],
      [YOUNG, { field: 'household_size', operator: 'atLeast', value: 3 }, true],
      [SENIOR, { field: 'household_size', operator: 'atMost', value: 1 }, false],
      [SENIOR, { field: 'birth_date', operator: 'equals', value: '1950-03-15' }, true],
      [SENIOR, { field: 'birth_date', operator: 'notEquals', value: '1950-03-15' }, false],
    ];
    for (const [subject, claim, expected] of cases) {
      const res = await verify(subject, claim);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<Record<string, unknown>>();
      expect(Object.keys(body).sort(), JSON.stringify(claim)).toEqual(['recordId', 'result']);
      expect(body.result, JSON.stringify(claim)).toBe(expected);
      expect(res.body).not.toMatch(/1950|2000-01|李老伯|王小/);
    }
    const records = await t.database.db.select().from(exchangeRecords).where(eq(exchangeRecords.resourceCode, code));
    expect(records.filter((r) => r.method === 'verify' && r.result === 'allowed')).toHaveLength(cases.length);
  });

  it('refuses a claim on a field outside the grant (403, recorded)', async () => {
    const res = await verify(SENIOR, { field: 'name', operator: 'equals', value: '李老伯' });
    expect(res.statusCode).toBe(403);
    const [last] = await t.database.db.select().from(exchangeRecords).where(eq(exchangeRecords.resourceCode, code)).orderBy(exchangeRecords.id).limit(1).offset(8);
    expect(last).toMatchObject({ method: 'verify', result: 'refused', fields: ['name'] });
  });

  it('a claim that does not fit the field → 422 exchange.claim_invalid', async () => {
    for (const claim of [
      { field: 'birth_date', operator: 'ageAtLeast' },
      { field: 'birth_date', operator: 'ageAtLeast', value: 'sixty' },
      { field: 'household_size', operator: 'isTrue' },
      { field: 'disabled', operator: 'ageAtLeast', value: 60 },
    ]) {
      const res = await verify(SENIOR, claim);
      expect(res.statusCode, JSON.stringify(claim)).toBe(422);
      expect(res.json<{ error: { code: string; details: { field: string }[] } }>().error.details[0]!.field).toMatch(/^claim\./);
    }
  });

  it('counts age in whole years on China dates', () => {
    expect(ageOn('1966-03-15', '2026-03-14')).toBe(59);
    expect(ageOn('1966-03-15', '2026-03-15')).toBe(60);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
  });
});

describe('staff sessions as callers', () => {
  it("a staff member looks up under their department's grant (verify-only resources refuse lookups)", async () => {
    const res = await psbClerk.request('POST', '/api/v1/exchange/lookup', { resource: code, subject: SENIOR, fields: ['name'], purpose: '户籍核查' });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe('verify_only_resource');
    const ok = await psbClerk.request('POST', '/api/v1/exchange/verify', { resource: code, subject: SENIOR, claim: { field: 'address', operator: 'equals', value: '明湖市湖滨路2号' }, purpose: '户籍核查' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<{ result: boolean }>().result).toBe(true);
    const [record] = await t.database.db.select().from(exchangeRecords).where(eq(exchangeRecords.id, ok.json<{ recordId: number }>().recordId));
    expect(record).toMatchObject({ callerKind: 'staff', callerDepartmentId: await departmentId(t, 'D339900-PSB'), actorId: expect.any(String) as unknown });
  });

  it('a citizen session is not a gateway caller (403)', async () => {
    const citizen = await signIn(t.app, demoCitizens[0]!.mobile);
    const res = await citizen.request('POST', '/api/v1/exchange/lookup', { resource: code, subject: SENIOR, fields: ['name'], purpose: 'x' });
    expect(res.statusCode).toBe(403);
  });
});

describe('exchange records list', () => {
  it('a provider steward sees the calls on their resources; subjects only as a short hash prefix', async () => {
    const res = await steward.request('GET', `/api/v1/exchange/records?resource=${code}&limit=5`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ items: { subjectRef: string; providerDepartment: { name: string }; resourceCode: string }[]; nextCursor: number | null }>();
    expect(body.items).toHaveLength(5);
    expect(body.nextCursor).not.toBeNull();
    expect(body.items.every((i) => i.resourceCode === code && i.subjectRef.length === 8)).toBe(true);
    expect(res.body).not.toContain(t.services.cipher.blindIndex('id_number', SENIOR));
    expect(res.body).not.toContain(SENIOR);
    const next = await steward.request('GET', `/api/v1/exchange/records?resource=${code}&limit=50&cursor=${body.nextCursor}`);
    const all = [...body.items, ...next.json<{ items: unknown[] }>().items];
    expect(all).toHaveLength(11);
  });

  it('filters by result and method; another department’s steward sees none of them', async () => {
    const refused = await steward.request('GET', `/api/v1/exchange/records?resource=${code}&result=refused`);
    expect(refused.json<{ items: { result: string }[] }>().items.map((i) => i.result)).toEqual(['refused', 'refused']);
    const verifies = await auditor.request('GET', `/api/v1/exchange/records?resource=${code}&method=verify&from=${daysFromToday(0)}&to=${daysFromToday(0)}`);
    expect(verifies.json<{ items: unknown[] }>().items).toHaveLength(10);
    const other = await signIn(t.app, 'steward.housing');
    expect((await other.request('GET', `/api/v1/exchange/records?resource=${code}`)).json<{ items: unknown[] }>().items).toHaveLength(0);
    expect((await psbClerk.request('GET', '/api/v1/exchange/records')).statusCode).toBe(403);
  });

  it('the audit admin verifies the chain; stewards may not', async () => {
    const res = await auditor.request('GET', '/api/v1/exchange/records/verify');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ intact: true, checked: 11, firstBadSeq: null });
    expect((await steward.request('GET', '/api/v1/exchange/records/verify')).statusCode).toBe(403);
    const listed = await auditor.request('GET', `/api/v1/exchange/records?resource=${code}&limit=1`);
    expect(listed.json<{ items: { sealedSeq: number | null }[] }>().items[0]!.sealedSeq).toBe(11);
  });
});
