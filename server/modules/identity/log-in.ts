import { eq } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { verifyAgainstDummy, verifyPassword } from '../../platform/crypto/passwords';
import { AppError } from '../../platform/errors/app-error';
import { loginIndex } from './person-fields';
import { createSession, type NewSession, type SessionPolicy } from './sessions';
import { users, type SessionState } from './tables';
import { assertNotThrottled, clearFailures, recordFailure, throttleKeys } from './throttle';

export type LoginStatus = 'signed_in' | 'totp_required' | 'totp_enrolment_required';

export interface LoginResult {
  status: LoginStatus;
  session: NewSession;
}

const STATUS_OF: Record<SessionState, LoginStatus> = {
  active: 'signed_in',
  pending_totp: 'totp_required',
  pending_enrolment: 'totp_enrolment_required',
};

/**
 * Password step. Citizens and enterprises are signed in; staff get a pending session that only the second
 * factor (or its enrolment) can complete. Failures are throttled per account and per address and audited.
 */
export async function logIn(ctx: UseCaseContext, input: { identifier: string; password: string }, policy: SessionPolicy): Promise<LoginResult> {
  const loginBidx = loginIndex(ctx.cipher, input.identifier);
  const keys = throttleKeys(loginBidx, ctx.ip);
  await assertNotThrottled(ctx.db, keys);
  const [user] = await ctx.db.select().from(users).where(eq(users.loginBidx, loginBidx));
  const isValid = user && user.status === 'active' ? await verifyPassword(user.passwordHash, input.password) : (await verifyAgainstDummy(input.password), false);

  if (!user || !isValid) {
    await ctx.db.transaction(async (tx) => {
      await recordFailure(tx, keys);
      await appendAudit(tx, ctx, {
        action: 'auth.login',
        objectType: 'user',
        objectId: user?.id ?? null,
        result: 'failure',
        actorId: user?.id ?? null,
        actorLabel: user?.username ?? (user ? `${user.kind}:${user.id}` : 'unknown account'),
        details: { reason: user ? 'wrong_password' : 'unknown_account' },
      });
    });
    throw new AppError('auth.invalid_credentials');
  }

  const state: SessionState = user.kind !== 'staff' ? 'active' : user.totpEnrolledAt ? 'pending_totp' : 'pending_enrolment';
  return ctx.db.transaction(async (tx) => {
    await clearFailures(tx, keys[0]!);
    const session = await createSession(tx, { userId: user.id, state, ip: ctx.ip, policy });
    await appendAudit(tx, ctx, {
      action: state === 'active' ? 'auth.login' : 'auth.password_verified',
      objectType: 'user',
      objectId: user.id,
      actorId: user.id,
      actorLabel: user.username ?? `${user.kind}:${user.id}`,
    });
    return { status: STATUS_OF[state], session };
  });
}
