import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/crypto/passwords';
import { totpCode } from '../../platform/crypto/totp';
import { createTestApp, Session, type TestApp } from '../../testing/test-app';
import { loginIndex } from './person-fields';
import { departments, recoveryCodes, staffRoles, users } from './tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PASSWORD = 'Enrol-passw0rd';
const errorCode = (res: { json<T>(): T }) => res.json<{ error: { code: string } }>().error.code;

/** A new staff account, created the way an administrator's tool would: a password, a role, no second factor yet. */
async function newStaff(): Promise<{ id: string; username: string }> {
  const username = `enrol.${randomBytes(4).toString('hex')}`;
  const [user] = await t.database.db
    .insert(users)
    .values({ kind: 'staff', name: '新员工', username, loginBidx: loginIndex(t.services.cipher, username), passwordHash: await hashPassword(PASSWORD) })
    .returning({ id: users.id });
  const [department] = await t.database.db.select({ id: departments.id }).from(departments).where(eq(departments.code, 'D339902-AMR'));
  await t.database.db.insert(staffRoles).values({ userId: user!.id, departmentId: department!.id, role: 'reviewer' });
  return { id: user!.id, username };
}

async function logIn(username: string, expected: string): Promise<Session> {
  const session = new Session(t.app);
  const res = await session.request('POST', '/api/v1/auth/login', { identifier: username, password: PASSWORD });
  expect(res.json()).toEqual({ status: expected });
  return session;
}

describe('TOTP enrolment and recovery codes', () => {
  it('enrols a new staff member, issues recovery codes, and accepts each recovery code once', async () => {
    const { id, username } = await newStaff();
    const pending = await logIn(username, 'totp_enrolment_required');
    expect(errorCode(await pending.request('GET', '/api/v1/me'))).toBe('auth.second_factor_required');
    // The TOTP step is not a way around enrolment.
    expect(errorCode(await pending.request('POST', '/api/v1/auth/totp', { code: '123456' }))).toBe('auth.unauthenticated');

    const started = await pending.request('POST', '/api/v1/auth/totp/enrolment');
    expect(started.statusCode).toBe(200);
    const { secret, otpauthUri } = started.json<{ secret: string; otpauthUri: string }>();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    const [stored] = await t.database.db.select({ enc: users.totpSecretEnc, enrolledAt: users.totpEnrolledAt }).from(users).where(eq(users.id, id));
    expect(stored?.enc).toMatch(/^v1\./);
    expect(stored?.enc).not.toContain(secret);
    expect(stored?.enrolledAt).toBeNull();

    const badConfirm = await pending.request('POST', '/api/v1/auth/totp/enrolment/confirm', { code: totpCode(secret, Date.now() - 10 * 60_000) });
    expect(badConfirm.statusCode).toBe(401);
    const confirmCode = totpCode(secret);
    const confirmed = await pending.request('POST', '/api/v1/auth/totp/enrolment/confirm', { code: confirmCode });
    expect(confirmed.statusCode).toBe(200);
    const { status, recoveryCodes: codes } = confirmed.json<{ status: string; recoveryCodes: string[] }>();
    expect(status).toBe('signed_in');
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-f]{5}-[0-9a-f]{5}$/);
    expect((await pending.request('GET', '/api/v1/me')).json()).toMatchObject({ id, totpEnrolled: true, roles: ['reviewer'] });

    // Only hashes are stored.
    const hashes = await t.database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, id));
    expect(hashes).toHaveLength(10);
    for (const row of hashes) expect(codes).not.toContain(row.codeHash);
    expect((await pending.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);

    // The code that confirmed enrolment cannot be replayed to sign in.
    const replay = await logIn(username, 'totp_required');
    expect(errorCode(await replay.request('POST', '/api/v1/auth/totp', { code: confirmCode }))).toBe('auth.invalid_totp');

    const withRecovery = await logIn(username, 'totp_required');
    expect((await withRecovery.request('POST', '/api/v1/auth/totp', { code: codes[0]! })).statusCode).toBe(200);
    expect((await withRecovery.request('GET', '/api/v1/me')).statusCode).toBe(200);
    await withRecovery.request('POST', '/api/v1/auth/logout');

    const again = await logIn(username, 'totp_required');
    const reused = await again.request('POST', '/api/v1/auth/totp', { code: codes[0]! });
    expect(reused.statusCode).toBe(401);
    expect(errorCode(reused)).toBe('auth.invalid_totp');
    // Another, unused code works, typed in capitals with spaces around.
    expect((await again.request('POST', '/api/v1/auth/totp', { code: ` ${codes[1]!.toUpperCase()} ` })).statusCode).toBe(200);
    const used = await t.database.db.select({ usedAt: recoveryCodes.usedAt }).from(recoveryCodes).where(eq(recoveryCodes.userId, id));
    expect(used.filter((r) => r.usedAt !== null)).toHaveLength(2);
  });

  it('refuses enrolment without a pending session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enrolment' });
    expect(res.statusCode).toBe(401);
    expect(errorCode(res)).toBe('auth.unauthenticated');
  });
});
