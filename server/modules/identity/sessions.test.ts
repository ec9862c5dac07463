import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoCitizens } from '../../seed/demo-accounts';
import { createTestApp, Session, type TestApp } from '../../testing/test-app';
import { findLiveSession, hashToken } from './sessions';
import { sessions } from './tables';

let t: TestApp;
beforeAll(async () => {
  // A one-minute idle limit, so the idle test only has to move the clock back a little.
  t = await createTestApp({ session: { idleMinutes: 1, absoluteHours: 12 } });
});
afterAll(async () => t.close());

const errorCode = (res: { json<T>(): T }) => res.json<{ error: { code: string } }>().error.code;

async function signedIn(index: number): Promise<{ session: Session; token: string; csrf: string }> {
  const session = new Session(t.app);
  const res = await session.request('POST', '/api/v1/auth/login', { identifier: demoCitizens[index]!.mobile, password: DEMO_PASSWORD });
  expect(res.statusCode).toBe(200);
  return { session, token: session.cookieJar.get('yw_sid')!, csrf: session.cookieJar.get('yw_csrf')! };
}

const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', cookies: { yw_sid: token } });

/** Moves a session timestamp back; with a microsecond part, as PostgreSQL's now() gives (PGlite's clock is coarser). */
async function moveSession(token: string, set: 'last_seen_at' | 'expires_at', secondsAgo: number): Promise<void> {
  await t.database.db.execute(
    sql`UPDATE sessions SET ${sql.identifier(set)} = date_trunc('second', now()) - make_interval(secs => ${secondsAgo}) + interval '123456 microseconds' WHERE token_hash = ${hashToken(token)}`,
  );
}

async function lastSeen(token: string): Promise<Date> {
  const [row] = await t.database.db.select({ lastSeenAt: sessions.lastSeenAt }).from(sessions).where(eq(sessions.tokenHash, hashToken(token)));
  return row!.lastSeenAt;
}

describe('sessions', () => {
  it('sets an HttpOnly SameSite session cookie and a readable CSRF cookie; the table keeps only a hash', async () => {
    const session = new Session(t.app);
    const res = await session.request('POST', '/api/v1/auth/login', { identifier: demoCitizens[0]!.mobile, password: DEMO_PASSWORD });
    const sid = res.cookies.find((c) => c.name === 'yw_sid')!;
    const csrf = res.cookies.find((c) => c.name === 'yw_csrf')!;
    expect(sid).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf.httpOnly).toBeFalsy();
    expect(sid.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.tokenHash, hashToken(sid.value)));
    expect(rows).toHaveLength(1);
    const { rows: raw } = await t.database.executeSql('SELECT token_hash FROM sessions');
    expect(raw.map((r) => r.token_hash)).not.toContain(sid.value);
  });

  it('ends the session on the server at logout: the old cookie no longer works', async () => {
    const { session, token } = await signedIn(1);
    expect((await me(token)).statusCode).toBe(200);
    const out = await session.request('POST', '/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(session.cookieJar.has('yw_sid')).toBe(false);
    const replay = await me(token);
    expect(replay.statusCode).toBe(401);
    expect(errorCode(replay)).toBe('auth.unauthenticated');
    expect(await t.database.db.select().from(sessions).where(eq(sessions.tokenHash, hashToken(token)))).toHaveLength(0);
  });

  it('gives a new session id at every login and drops the one the client came with', async () => {
    const first = await signedIn(2);
    const second = await signedIn(2);
    expect(second.token).not.toBe(first.token);
    expect((await me(first.token)).statusCode).toBe(200);

    // Logging in again from the same client replaces its session (no fixation, no pile-up).
    const again = await first.session.request('POST', '/api/v1/auth/login', { identifier: demoCitizens[2]!.mobile, password: DEMO_PASSWORD });
    expect(again.statusCode).toBe(200);
    const renewed = first.session.cookieJar.get('yw_sid')!;
    expect(renewed).not.toBe(first.token);
    expect((await me(first.token)).statusCode).toBe(401);
    expect((await me(renewed)).statusCode).toBe(200);
  });

  it('ends a session idle for longer than the limit, and keeps one that is not', async () => {
    const active = await signedIn(3);
    await moveSession(active.token, 'last_seen_at', 30);
    expect((await me(active.token)).statusCode).toBe(200);

    const idle = await signedIn(4);
    await moveSession(idle.token, 'last_seen_at', 61);
    const res = await me(idle.token);
    expect(res.statusCode).toBe(401);
    expect(errorCode(res)).toBe('auth.unauthenticated');
    expect(await t.database.db.select().from(sessions).where(eq(sessions.tokenHash, hashToken(idle.token)))).toHaveLength(0);
  });

  it('refreshes the idle clock of a session in use (at most once a minute)', async () => {
    const { token } = await signedIn(9);
    const policy = { idleMinutes: 30, absoluteHours: 12 };
    await moveSession(token, 'last_seen_at', 5 * 60);
    await expect(findLiveSession(t.database.db, token, policy)).resolves.toMatchObject({ state: 'active' });
    expect(Date.now() - (await lastSeen(token)).getTime()).toBeLessThan(10_000);
    // Seen a moment ago: no write.
    await moveSession(token, 'last_seen_at', 20);
    const before = await lastSeen(token);
    await findLiveSession(t.database.db, token, policy);
    expect(await lastSeen(token)).toEqual(before);
  });

  it('keeps a session alive while it is used more often than the idle limit', async () => {
    const { token } = await signedIn(8);
    // Used 45 s after the previous request, then again 45 s later: never idle for a whole minute.
    await moveSession(token, 'last_seen_at', 45);
    expect((await me(token)).statusCode).toBe(200);
    await t.database.db.execute(sql`UPDATE sessions SET last_seen_at = last_seen_at - interval '45 seconds' WHERE token_hash = ${hashToken(token)}`);
    expect((await me(token)).statusCode).toBe(200);
  });

  it('ends a session past its absolute lifetime even if it was just used', async () => {
    const { token } = await signedIn(5);
    const [row] = await t.database.db.select().from(sessions).where(eq(sessions.tokenHash, hashToken(token)));
    const lifetimeHours = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 3_600_000;
    expect(lifetimeHours).toBeGreaterThan(11.99);
    expect(lifetimeHours).toBeLessThan(12.01);
    await moveSession(token, 'expires_at', 1);
    expect((await me(token)).statusCode).toBe(401);
  });

  it('refuses an unsafe request with the session cookie but a missing or wrong CSRF token', async () => {
    const { token, csrf } = await signedIn(6);
    const other = await signedIn(7);
    for (const headers of [{}, { 'x-csrf-token': 'wrong' }, { 'x-csrf-token': other.csrf }, { 'x-csrf-token': '' }]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { yw_sid: token, yw_csrf: csrf }, headers });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(errorCode(res)).toBe('auth.csrf_failed');
    }
    // None of them logged the user out.
    expect((await me(token)).statusCode).toBe(200);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { yw_sid: token }, headers: { 'x-csrf-token': csrf } });
    expect(ok.statusCode).toBe(204);
  });
});
