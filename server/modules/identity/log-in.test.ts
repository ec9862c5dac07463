import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords } from '../../platform/audit/tables';
import { DEMO_PASSWORD, demoCitizens } from '../../seed/demo-accounts';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loginIndex } from './person-fields';
import { loginThrottles, users } from './tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const login = (identifier: string, password: string, ip: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { identifier, password }, remoteAddress: ip });

async function throttleRow(key: string) {
  const [row] = await t.database.db.select().from(loginThrottles).where(eq(loginThrottles.key, key));
  return row;
}

async function userIdOf(mobile: string): Promise<string> {
  const [user] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.loginBidx, loginIndex(t.services.cipher, mobile)));
  return user!.id;
}

describe('password login', () => {
  it('refuses a wrong password with 401 and audits the failure', async () => {
    const citizen = demoCitizens[2]!;
    const res = await login(citizen.mobile, 'Wrong-passw0rd', '10.1.0.1');
    expect(res.statusCode).toBe(401);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('auth.invalid_credentials');
    expect(res.cookies.find((c) => c.name === 'yw_sid')).toBeUndefined();
    const userId = await userIdOf(citizen.mobile);
    const [record] = await t.database.db.select().from(auditRecords).where(eq(auditRecords.objectId, userId)).orderBy(desc(auditRecords.id)).limit(1);
    expect(record).toMatchObject({ action: 'auth.login', result: 'failure', actorId: userId, ip: '10.1.0.1', details: { reason: 'wrong_password' } });
  });

  it('answers an unknown account exactly like a wrong password, and audits it without the identifier', async () => {
    const res = await login('15999999999', 'Wrong-passw0rd', '10.1.0.2');
    expect(res.statusCode).toBe(401);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('auth.invalid_credentials');
    const [record] = await t.database.db.select().from(auditRecords).where(eq(auditRecords.ip, '10.1.0.2'));
    expect(record).toMatchObject({ action: 'auth.login', result: 'failure', actorId: null, actorLabel: 'unknown account', details: { reason: 'unknown_account' } });
    expect(JSON.stringify(record)).not.toContain('15999999999');
  });

  it('locks an account after five failures: the sixth attempt gets 429 with retry-after, even with the right password', async () => {
    const citizen = demoCitizens[3]!;
    for (let i = 0; i < 5; i++) expect((await login(citizen.mobile, `Wrong-${i}-pw`, '10.1.0.3')).statusCode).toBe(401);
    const before = Date.now();
    const locked = await login(citizen.mobile, DEMO_PASSWORD, '10.1.0.4');
    expect(locked.statusCode).toBe(429);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(locked.json<{ error: { code: string; details: { retryAfterSeconds: number } } }>().error).toMatchObject({ code: 'auth.throttled', details: { retryAfterSeconds: retryAfter } });

    const row = await throttleRow(`acct:${loginIndex(t.services.cipher, citizen.mobile)}`);
    expect(row?.failures).toBe(5);
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(before);
    expect(row!.lockedUntil!.getTime()).toBeLessThanOrEqual(before + 30_000);
  });

  it('caps the account lock at 15 minutes however many failures there were', async () => {
    const citizen = demoCitizens[4]!;
    const key = `acct:${loginIndex(t.services.cipher, citizen.mobile)}`;
    await t.database.db.insert(loginThrottles).values({ key, failures: 40, lockedUntil: null, updatedAt: new Date() });
    const before = Date.now();
    expect((await login(citizen.mobile, 'Wrong-passw0rd', '10.1.0.5')).statusCode).toBe(401);
    const row = await throttleRow(key);
    expect(row?.failures).toBe(41);
    const lockMs = row!.lockedUntil!.getTime() - before;
    expect(lockMs).toBeGreaterThan(14 * 60_000);
    expect(lockMs).toBeLessThanOrEqual(15 * 60_000 + 1_000);
    const res = await login(citizen.mobile, DEMO_PASSWORD, '10.1.0.5');
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(900);
  });

  it('lets the account in again once the lock has expired, and clears its failures', async () => {
    const citizen = demoCitizens[5]!;
    const key = `acct:${loginIndex(t.services.cipher, citizen.mobile)}`;
    await t.database.db.insert(loginThrottles).values({ key, failures: 7, lockedUntil: new Date(Date.now() + 60_000), updatedAt: new Date() });
    expect((await login(citizen.mobile, DEMO_PASSWORD, '10.1.0.6')).statusCode).toBe(429);
    await t.database.db.update(loginThrottles).set({ lockedUntil: new Date(Date.now() - 1_000) }).where(eq(loginThrottles.key, key));
    const res = await login(citizen.mobile, DEMO_PASSWORD, '10.1.0.6');
    expect(res.statusCode).toBe(200);
    expect(await throttleRow(key)).toBeUndefined();
  });

  it('locks an address after 30 failures, for every account tried from it', async () => {
    const ip = '10.1.0.7';
    await t.database.db.insert(loginThrottles).values({ key: `ip:${ip}`, failures: 29, updatedAt: new Date() });
    expect((await login(demoCitizens[6]!.mobile, 'Wrong-passw0rd', ip)).statusCode).toBe(401);
    expect((await login(demoCitizens[7]!.mobile, DEMO_PASSWORD, ip)).statusCode).toBe(429);
    // Another address is not affected.
    expect((await login(demoCitizens[7]!.mobile, DEMO_PASSWORD, '10.1.0.8')).statusCode).toBe(200);
  });
});
