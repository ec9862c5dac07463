import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../platform/crypto/totp';
import { DEMO_PASSWORD, demoStaff } from '../../seed/demo-accounts';
import { createTestApp, Session, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const errorCode = (res: { json<T>(): T }) => res.json<{ error: { code: string } }>().error.code;

function staff(username: string) {
  const found = demoStaff.find((s) => s.username === username);
  if (!found) throw new Error(`no demo staff ${username}`);
  return found;
}

/** A six-digit code that is none of the codes valid around now (so it is surely wrong). */
function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((d) => totpCode(secret, Date.now() + d * 30_000)));
  return ['000000', '111111', '222222', '333333'].find((c) => !valid.has(c))!;
}

async function passwordStep(username: string): Promise<Session> {
  const session = new Session(t.app);
  const res = await session.request('POST', '/api/v1/auth/login', { identifier: username, password: DEMO_PASSWORD });
  expect(res.json()).toEqual({ status: 'totp_required' });
  return session;
}

describe('staff second factor (TOTP)', () => {
  it('keeps a staff member out until the TOTP step, refuses a wrong code, and signs in with a valid one', async () => {
    const reviewer = staff('reviewer.hudong');
    const session = await passwordStep(reviewer.username);
    const pendingToken = session.cookieJar.get('yw_sid');

    for (const url of ['/api/v1/me', '/api/v1/people', '/api/v1/departments']) {
      const res = await session.request('GET', url);
      expect(res.statusCode, url).toBe(401);
      expect(errorCode(res), url).toBe('auth.second_factor_required');
    }
    // A pending TOTP session cannot start an enrolment to replace the second factor.
    expect(errorCode(await session.request('POST', '/api/v1/auth/totp/enrolment'))).toBe('auth.totp_not_pending');

    const wrong = await session.request('POST', '/api/v1/auth/totp', { code: wrongCode(reviewer.totpSecret) });
    expect(wrong.statusCode).toBe(401);
    expect(errorCode(wrong)).toBe('auth.invalid_totp');
    expect(errorCode(await session.request('GET', '/api/v1/me'))).toBe('auth.second_factor_required');

    const ok = await session.request('POST', '/api/v1/auth/totp', { code: totpCode(reviewer.totpSecret) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: 'signed_in' });
    // The signed-in session has a new id: the pending token is dead.
    expect(session.cookieJar.get('yw_sid')).not.toBe(pendingToken);
    const me = await session.request('GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ kind: 'staff', username: 'reviewer.hudong', roles: ['reviewer'], totpEnrolled: true });
    const stale = await t.app.inject({ method: 'GET', url: '/api/v1/me', cookies: { yw_sid: pendingToken! } });
    expect(stale.statusCode).toBe(401);
    expect(errorCode(stale)).toBe('auth.unauthenticated');
  });

  it('refuses the same valid code a second time (replay), but accepts the next step', async () => {
    const approver = staff('approver.hudong');
    const code = totpCode(approver.totpSecret);
    const first = await passwordStep(approver.username);
    expect((await first.request('POST', '/api/v1/auth/totp', { code })).statusCode).toBe(200);

    const second = await passwordStep(approver.username);
    const replay = await second.request('POST', '/api/v1/auth/totp', { code });
    expect(replay.statusCode).toBe(401);
    expect(errorCode(replay)).toBe('auth.invalid_totp');
    expect(errorCode(await second.request('GET', '/api/v1/me'))).toBe('auth.second_factor_required');

    // One step of clock drift ahead is accepted, and it is a new step.
    const next = await second.request('POST', '/api/v1/auth/totp', { code: totpCode(approver.totpSecret, Date.now() + 30_000) });
    expect(next.statusCode).toBe(200);
  });

  it('throttles guessing: after five wrong codes even the right one waits', async () => {
    const handler = staff('handler.hudong');
    const session = await passwordStep(handler.username);
    for (let i = 0; i < 5; i++) expect((await session.request('POST', '/api/v1/auth/totp', { code: wrongCode(handler.totpSecret) })).statusCode).toBe(401);
    const locked = await session.request('POST', '/api/v1/auth/totp', { code: totpCode(handler.totpSecret) });
    expect(locked.statusCode).toBe(429);
    expect(errorCode(locked)).toBe('auth.throttled');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses the TOTP step without a pending session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp', payload: { code: '123456' } });
    expect(res.statusCode).toBe(401);
    expect(errorCode(res)).toBe('auth.unauthenticated');
  });
});
