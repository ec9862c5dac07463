import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { auditRecords } from '../../../platform/audit/tables';
import { exchangeApiKeys, exchangeRecords, sharingRequests } from '../tables';
import { CACHE_TTL_MS } from './gateway-cache';
import { createApiKey, createGrant, createResource, daysFromToday, putRecord, residentId, type GrantInput } from './gateway-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const SUBJECT = residentId('19500315', 1);
const DATA = { name: '张三丰', birth_date: '1950-03-15', address: '明湖市东湖区湖滨路1号', disabled: true, household_size: 3 };

interface Scenario {
  code: string;
  key: string;
  grantId: string;
}

/** A resource of its own with one record, a grant (unless none) and a key of the consumer scoped to it. */
async function scenario(grant: Partial<GrantInput> | null, key: { consumer?: string; scoped?: boolean; isRevoked?: boolean } = {}): Promise<Scenario> {
  const resource = await createResource(t);
  await putRecord(t, resource.id, SUBJECT, DATA);
  const grantId = grant ? await createGrant(t, { consumer: 'D339900-HRSS', resourceId: resource.id, fields: ['name', 'birth_date', 'address'], ...grant }) : '';
  const apiKey = await createApiKey(t, { consumer: key.consumer ?? 'D339900-HRSS', grantIds: grant && key.scoped !== false ? [grantId] : [], isRevoked: key.isRevoked });
  return { code: resource.code, key: apiKey.key, grantId };
}

function lookup(s: { code: string; key?: string }, body: Record<string, unknown> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/exchange/lookup',
    headers: s.key ? { authorization: `Bearer ${s.key}` } : {},
    payload: { resource: s.code, subject: SUBJECT, fields: ['name', 'address'], purpose: '低保资格审核', caseRef: 'CASE-1', ...body },
  });
}

async function recordsOf(code: string) {
  return t.database.db.select().from(exchangeRecords).where(eq(exchangeRecords.resourceCode, code)).orderBy(exchangeRecords.id);
}

async function expectRefused(s: Scenario, reason: RegExp, body: Record<string, unknown> = {}) {
  const res = await lookup(s, body);
  expect(res.statusCode, res.body).toBe(403);
  const error = res.json<{ error: { code: string; details: { reason: string } } }>().error;
  expect(error.code).toBe('exchange.access_denied');
  expect(error.details.reason).toMatch(reason);
  expect(res.body).not.toContain('张三丰');
  const records = await recordsOf(s.code);
  expect(records.map((r) => r.result)).toEqual(['refused']);
  expect(records[0]).toMatchObject({ method: 'lookup', callerKind: 'api_key', purpose: '低保资格审核', caseRef: 'CASE-1', subjectBidx: t.services.cipher.blindIndex('id_number', SUBJECT) });
  expect(records[0]!.reason).toMatch(reason);
  const [audit] = await t.database.db
    .select()
    .from(auditRecords)
    .where(sql`${auditRecords.action} = 'exchange.access_denied' AND ${auditRecords.objectId} = ${s.code}`);
  expect(audit).toMatchObject({ result: 'failure' });
  expect(JSON.stringify(audit!.details)).not.toContain(SUBJECT);
}

describe('the grant matrix (deny by default)', () => {
  it('no grant at all → 403', async () => expectRefused(await scenario(null), /^no_grant$/));
  it('a field outside the grant → 403', async () => expectRefused(await scenario({ fields: ['name'] }), /^fields_not_granted:address$/));
  it('an expired grant → 403', async () => expectRefused(await scenario({ periodFrom: daysFromToday(-30), expiresOn: daysFromToday(-1) }), /^grant_expired$/));
  it('a grant not yet started → 403', async () => expectRefused(await scenario({ periodFrom: daysFromToday(2) }), /^grant_not_started$/));
  it('a refused grant → 403', async () => expectRefused(await scenario({ status: 'refused' }), /^grant_refused$/));
  it('a revoked grant → 403', async () => expectRefused(await scenario({ status: 'revoked' }), /^grant_revoked$/));
  it('a pending grant → 403', async () => expectRefused(await scenario({ status: 'provider_review' }), /^grant_pending$/));
  it("another department's grant → 403", async () => expectRefused(await scenario({ consumer: 'D339900-HEALTH' }, { consumer: 'D339900-HRSS' }), /^no_grant$/));
  it('an API key not scoped to the grant → 403', async () => expectRefused(await scenario({}, { scoped: false }), /^grant_not_in_key_scope$/));
  it('a revoked API key → 403', async () => expectRefused(await scenario({}, { isRevoked: true }), /^api_key_revoked$/));
  it('an unknown field → 403', async () => expectRefused(await scenario({}), /^fields_unknown:salary$/, { fields: ['name', 'salary'] }));

  it('a withdrawn resource or a verify-only one → 403 for lookups', async () => {
    for (const [input, reason] of [
      [{ status: 'withdrawn' as const }, /^resource_not_published$/],
      [{ method: 'verify' as const }, /^verify_only_resource$/],
    ] as const) {
      const resource = await createResource(t, input);
      const grantId = await createGrant(t, { consumer: 'D339900-HRSS', resourceId: resource.id, fields: ['name', 'address'] });
      const { key } = await createApiKey(t, { consumer: 'D339900-HRSS', grantIds: [grantId] });
      await expectRefused({ code: resource.code, key, grantId }, reason);
    }
  });

  it('an active grant → 200 with exactly the requested fields, sensitive ones masked', async () => {
    const s = await scenario({});
    const res = await lookup(s, { fields: ['name', 'address'] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ fields: Record<string, unknown>; masked: string[]; subject: string; resource: string; recordId: number }>();
    expect(Object.keys(body.fields).sort()).toEqual(['address', 'name']);
    expect(body.fields.name).toBe('张三丰');
    expect(body.fields.address).not.toBe(DATA.address);
    expect(body.fields.address).toMatch(/^明湖市.*\*{4,}$/);
    expect(body.masked).toEqual(['address']);
    expect(body.subject).toBe(`${SUBJECT.slice(0, 6)}********${SUBJECT.slice(-4)}`);
    expect(res.body).not.toContain(SUBJECT);
    const records = await recordsOf(s.code);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: body.recordId, result: 'allowed', grantId: s.grantId, basis: 'grant', fields: ['name', 'address'] });
    expect(records[0]!.requestId).toBeTruthy();
  });

  it('a sensitive field in the grant’s plain fields is returned as is', async () => {
    const s = await scenario({ plainFields: ['address'] });
    const res = await lookup(s);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ fields: Record<string, unknown>; masked: string[] }>()).toMatchObject({ fields: { name: '张三丰', address: DATA.address }, masked: [] });
  });

  it('over the grant’s rate → 429, recorded as rate_limited', async () => {
    const s = await scenario({ ratePerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await lookup(s)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await lookup(s);
    expect(limited.headers['retry-after']).toBe('60');
    expect(limited.json<{ error: { code: string } }>().error.code).toBe('exchange.rate_limited');
    expect((await recordsOf(s.code)).map((r) => r.result)).toEqual(['allowed', 'allowed', 'allowed', 'rate_limited', 'rate_limited', 'rate_limited']);
  });

  it('a subject without a record → 404, recorded as not_found', async () => {
    const s = await scenario({});
    const res = await lookup(s, { subject: residentId('19800101', 7) });
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('exchange.record_not_found');
    expect((await recordsOf(s.code)).map((r) => r.result)).toEqual(['not_found']);
  });
});

describe('revocation and key use', () => {
  it('a key or grant revoked in the database is refused within a second (the cache lives one second)', async () => {
    const s = await scenario({});
    expect((await lookup(s)).statusCode).toBe(200);
    const [key] = await t.database.db.select().from(exchangeApiKeys).where(eq(exchangeApiKeys.grantIds, [s.grantId]));
    expect(key!.lastUsedAt).not.toBeNull();
    await t.database.db.update(exchangeApiKeys).set({ revokedAt: new Date() }).where(eq(exchangeApiKeys.id, key!.id));
    await new Promise((resolve) => setTimeout(resolve, CACHE_TTL_MS + 50));
    const refused = await lookup(s);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe('api_key_revoked');

    const other = await scenario({});
    expect((await lookup(other)).statusCode).toBe(200);
    await t.database.db.update(sharingRequests).set({ status: 'revoked' }).where(eq(sharingRequests.id, other.grantId));
    await new Promise((resolve) => setTimeout(resolve, CACHE_TTL_MS + 50));
    expect((await lookup(other)).json<{ error: { details: { reason: string } } }>().error.details.reason).toBe('grant_revoked');
    expect((await recordsOf(other.code)).map((r) => r.result)).toEqual(['allowed', 'refused']);
  });
});

describe('malformed and unauthenticated calls', () => {
  it('no credentials or an unknown key → 401 exchange.unauthenticated, nothing recorded', async () => {
    const s = await scenario({});
    for (const key of [undefined, 'ywk_abcdefgh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'not-a-key']) {
      const res = await lookup({ code: s.code, key }, key === undefined ? { fields: [] } : {});
      expect(res.statusCode, String(key)).toBe(401);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('exchange.unauthenticated');
    }
    expect(await recordsOf(s.code)).toHaveLength(0);
  });

  it('a subject that is not a valid ID → 422 naming subject; nothing recorded', async () => {
    const s = await scenario({});
    for (const subject of ['339900195013150011', '12345', SUBJECT.slice(0, 17) + (SUBJECT.endsWith('1') ? '2' : '1')]) {
      const res = await lookup(s, { subject });
      expect(res.statusCode, subject).toBe(422);
      const error = res.json<{ error: { code: string; details: { field: string }[] } }>().error;
      expect(error.code).toBe('exchange.subject_invalid');
      expect(error.details[0]!.field).toBe('subject');
    }
    expect(await recordsOf(s.code)).toHaveLength(0);
  });

  it('a blank or missing purpose → 400 naming purpose', async () => {
    const s = await scenario({});
    for (const purpose of ['   ', '', 'x'.repeat(201)]) {
      const res = await lookup(s, { purpose });
      expect(res.statusCode, JSON.stringify(purpose)).toBe(400);
      expect(res.json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field)).toContain('purpose');
    }
    expect(await recordsOf(s.code)).toHaveLength(0);
  });
});
