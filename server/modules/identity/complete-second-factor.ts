import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { matchTotp } from '../../platform/crypto/totp';
import { AppError } from '../../platform/errors/app-error';
import { ENCRYPTED_COLUMNS } from './person-fields';
import { createSession, deleteSession, type NewSession, type SessionPolicy } from './sessions';
import { recoveryCodes, users } from './tables';
import { assertNotThrottled, clearFailures, recordFailure } from './throttle';

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase()).digest('hex');
}

/** Accepts a TOTP step only if it is newer than the last accepted one: the same code never works twice. */
async function acceptTotpStep(tx: Tx, userId: string, step: number): Promise<boolean> {
  const updated = await tx
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return updated.length === 1;
}

async function useRecoveryCode(tx: Tx, userId: string, code: string): Promise<boolean> {
  const used = await tx
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}

/**
 * Second step of a staff login: a TOTP code (RFC 6238) or a one-time recovery code. On success the pending
 * session is replaced by a new active one (new id); failures count towards the account's throttle.
 */
export async function completeSecondFactor(
  ctx: UseCaseContext,
  input: { pendingToken: string; code: string },
  policy: SessionPolicy,
): Promise<NewSession> {
  const actor = ctx.actor;
  if (!actor || actor.sessionState !== 'pending_totp') throw new AppError('auth.unauthenticated');
  const throttleKey = [`totp:${actor.userId}`];
  await assertNotThrottled(ctx.db, throttleKey);
  const [user] = await ctx.db.select({ secret: users.totpSecretEnc, lastStep: users.totpLastStep }).from(users).where(eq(users.id, actor.userId));
  const secret = ctx.cipher.decryptOptional(user?.secret, ENCRYPTED_COLUMNS.totpSecret);

  const outcome = await ctx.db.transaction(async (tx) => {
    const step = secret ? matchTotp(secret, input.code.trim(), user?.lastStep ?? null) : null;
    const isAccepted = step !== null ? await acceptTotpStep(tx, actor.userId, step) : await useRecoveryCode(tx, actor.userId, input.code);
    if (!isAccepted) return null;
    await clearFailures(tx, throttleKey[0]!);
    await deleteSession(tx, input.pendingToken);
    const session = await createSession(tx, { userId: actor.userId, state: 'active', ip: ctx.ip, policy });
    await appendAudit(tx, ctx, { action: 'auth.login', objectType: 'user', objectId: actor.userId, details: { secondFactor: step !== null ? 'totp' : 'recovery_code' } });
    return session;
  });
  if (outcome) return outcome;
  await ctx.db.transaction(async (tx) => {
    await recordFailure(tx, throttleKey);
    await appendAudit(tx, ctx, { action: 'auth.second_factor', objectType: 'user', objectId: actor.userId, result: 'failure' });
  });
  throw new AppError('auth.invalid_totp');
}

/** Recovery codes are shown once; only their hashes are kept. */
export async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]): Promise<void> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
}

