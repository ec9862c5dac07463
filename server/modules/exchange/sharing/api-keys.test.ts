import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { hashApiKey, isWellFormedApiKey } from '../api-key-format';
import { exchangeApiKeys } from '../tables';
import { act, createResource, errorCode, newRequest, problemsOf } from './sharing-fixtures';

let t: TestApp;
let hrss: Session;
let civil: Session;
let data: Session;
beforeAll(async () => {
  t = await createTestApp();
  [hrss, civil, data] = await Promise.all([signIn(t.app, 'steward.hrss'), signIn(t.app, 'steward.civil'), signIn(t.app, 'steward.data')]);
});
afterAll(async () => t.close());

async function approvedGrant(session: Session): Promise<string> {
  const { code } = await createResource(t.database);
  const created = await newRequest(session, code);
  const res = await act(data, created.id, 'approve');
  if (res.statusCode !== 200) throw new Error(res.body);
  return created.id;
}

interface KeyJson {
  id: string;
  key?: string;
  prefix: string;
  name: string;
  grants: { id: string; number: string }[];
  revokedAt: string | null;
}

describe('API keys', () => {
  it('shows the key once, stores only its hash and never audits it', async () => {
    const grant = await approvedGrant(hrss);
    const res = await hrss.request('POST', '/api/v1/exchange/api-keys', { name: '社保卡系统', grantIds: [grant] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const created = res.json<KeyJson>();
    const key = created.key ?? '';
    expect(isWellFormedApiKey(key)).toBe(true);
    expect(key.startsWith(`ywk_${created.prefix}_`)).toBe(true);
    expect(created.grants.map((g) => g.id)).toEqual([grant]);
    const [row] = await t.database.db.select().from(exchangeApiKeys).where(eq(exchangeApiKeys.id, created.id));
    expect(row?.secretHash).toBe(hashApiKey(key));
    const secret = key.split('_').slice(2).join('_');
    expect(JSON.stringify(row)).not.toContain(secret);
    const { rows } = await t.database.executeSql('SELECT details::text AS d FROM audit_records WHERE object_id = $1', [created.id]);
    expect(rows).toHaveLength(1);
    expect(String(rows[0]?.d)).not.toContain(secret);
    expect(String(rows[0]?.d)).not.toContain(row?.secretHash ?? 'x');

    const list = await hrss.request('GET', '/api/v1/exchange/api-keys');
    expect(list.body).not.toContain(secret);
    expect(list.body).not.toContain(row?.secretHash ?? 'x');
    expect(list.json<{ items: KeyJson[] }>().items.find((k) => k.id === created.id)).toMatchObject({ name: '社保卡系统', prefix: created.prefix, revokedAt: null });
    expect(list.json<{ items: KeyJson[] }>().items.every((k) => k.key === undefined)).toBe(true);
  });

  it('accepts only approved grants of the caller’s own department', async () => {
    const foreign = await approvedGrant(civil);
    const { code } = await createResource(t.database, { sharingType: 'conditional' });
    const pending = await newRequest(hrss, code);
    const res = await hrss.request('POST', '/api/v1/exchange/api-keys', { name: 'x', grantIds: [foreign, pending.id] });
    expect([res.statusCode, errorCode(res), problemsOf(res)]).toEqual([422, 'exchange.request_invalid', ['grantIds:not_own_grant']]);
    const empty = await hrss.request('POST', '/api/v1/exchange/api-keys', { name: ' ', grantIds: [] });
    expect(problemsOf(empty)).toEqual(['name:not_blank', 'grantIds:required']);
    expect(await t.database.db.select().from(exchangeApiKeys).where(eq(exchangeApiKeys.name, 'x'))).toHaveLength(0);
  });

  it('revokes a key of the department once; other departments do not see it', async () => {
    const grant = await approvedGrant(hrss);
    const created = (await hrss.request('POST', '/api/v1/exchange/api-keys', { name: '待撤销', grantIds: [grant] })).json<KeyJson>();
    expect((await civil.request('POST', `/api/v1/exchange/api-keys/${created.id}/revoke`)).statusCode).toBe(404);
    expect((await civil.request('GET', '/api/v1/exchange/api-keys')).json<{ items: KeyJson[] }>().items.map((k) => k.id)).not.toContain(created.id);
    const revoked = await hrss.request('POST', `/api/v1/exchange/api-keys/${created.id}/revoke`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json<KeyJson>().revokedAt).not.toBeNull();
    const again = await hrss.request('POST', `/api/v1/exchange/api-keys/${created.id}/revoke`);
    expect([again.statusCode, errorCode(again)]).toEqual([409, 'exchange.action_not_allowed']);
    const { rows } = await t.database.executeSql("SELECT count(*)::int AS n FROM audit_records WHERE object_id = $1 AND action = 'exchange.api_key_revoke'", [created.id]);
    expect(rows[0]?.n).toBe(1);
  });
});
