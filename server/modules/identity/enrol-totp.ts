import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { matchTotp, newTotpSecret, totpUri } from '../../platform/crypto/totp';
import { AppError } from '../../platform/errors/app-error';
import { replaceRecoveryCodes } from './complete-second-factor';
import { ENCRYPTED_COLUMNS } from './person-fields';
import { createSession, deleteSession, type NewSession, type SessionPolicy } from './sessions';
import { users } from './tables';

function requirePendingEnrolment(ctx: UseCaseContext): string {
  if (!ctx.actor || ctx.actor.sessionState !== 'pending_enrolment') throw new AppError('auth.totp_not_pending');
  return ctx.actor.userId;
}

/** Starts enrolment: a new secret, stored encrypted, not yet active until a code from it is confirmed. */
export async function startTotpEnrolment(ctx: UseCaseContext): Promise<{ secret: string; otpauthUri: string }> {
  const userId = requirePendingEnrolment(ctx);
  const secret = newTotpSecret();
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecretEnc: ctx.cipher.encrypt(secret, ENCRYPTED_COLUMNS.totpSecret), totpLastStep: null }).where(eq(users.id, userId));
    await appendAudit(tx, ctx, { action: 'auth.totp_enrolment_started', objectType: 'user', objectId: userId });
  });
  return { secret, otpauthUri: totpUri(secret, ctx.actor?.username ?? userId) };
}

function newRecoveryCode(): string {
  const raw = randomBytes(5).toString('hex');
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/** Confirms enrolment with a first code, issues ten recovery codes and signs the session in. */
export async function confirmTotpEnrolment(
  ctx: UseCaseContext,
  input: { pendingToken: string; code: string },
  policy: SessionPolicy,
): Promise<{ session: NewSession; recoveryCodes: string[] }> {
  const userId = requirePendingEnrolment(ctx);
  const [user] = await ctx.db.select({ secret: users.totpSecretEnc }).from(users).where(eq(users.id, userId));
  const secret = ctx.cipher.decryptOptional(user?.secret, ENCRYPTED_COLUMNS.totpSecret);
  const step = secret ? matchTotp(secret, input.code.trim(), null) : null;
  if (step === null) throw new AppError('auth.invalid_totp');
  const codes = Array.from({ length: 10 }, newRecoveryCode);
  const session = await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnrolledAt: new Date(), totpLastStep: step }).where(eq(users.id, userId));
    await replaceRecoveryCodes(tx, userId, codes);
    await deleteSession(tx, input.pendingToken);
    await appendAudit(tx, ctx, { action: 'auth.totp_enrolled', objectType: 'user', objectId: userId });
    return createSession(tx, { userId, state: 'active', ip: ctx.ip, policy });
  });
  return { session, recoveryCodes: codes };
}
