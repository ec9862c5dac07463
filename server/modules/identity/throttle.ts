import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { loginThrottles } from './tables';

// Account: 5 free failures, then a lock doubling from 30 s up to 15 min. It always expires, so an attacker can
// slow a real user down but never lock them out for good. IP: 30 failures, then 15 min.
const ACCOUNT_FREE = 5;
const IP_FREE = 30;
const MAX_LOCK_MS = 15 * 60_000;
// Failures older than an hour are forgotten.
const FORGET_MS = 60 * 60_000;

function lockMs(key: string, failures: number): number {
  if (key.startsWith('ip:')) return failures >= IP_FREE ? MAX_LOCK_MS : 0;
  if (failures < ACCOUNT_FREE) return 0;
  return Math.min(MAX_LOCK_MS, 30_000 * 2 ** (failures - ACCOUNT_FREE));
}

export function throttleKeys(loginBidx: string, ip: string | null): string[] {
  return [`acct:${loginBidx}`, ...(ip ? [`ip:${ip}`] : [])];
}

export async function assertNotThrottled(exec: Executor, keys: string[]): Promise<void> {
  const now = Date.now();
  for (const key of keys) {
    const [row] = await exec.select().from(loginThrottles).where(eq(loginThrottles.key, key));
    const until = row?.lockedUntil?.getTime() ?? 0;
    if (until > now) {
      const retryAfterSeconds = Math.ceil((until - now) / 1000);
      throw new AppError('auth.throttled', { details: { retryAfterSeconds }, headers: { 'retry-after': String(retryAfterSeconds) } });
    }
  }
}

export async function recordFailure(exec: Executor, keys: string[]): Promise<void> {
  const now = Date.now();
  for (const key of keys) {
    const [row] = await exec.select().from(loginThrottles).where(eq(loginThrottles.key, key));
    const failures = row && now - row.updatedAt.getTime() < FORGET_MS ? row.failures + 1 : 1;
    const lock = lockMs(key, failures);
    const values = { failures, lockedUntil: lock > 0 ? new Date(now + lock) : null, updatedAt: new Date(now) };
    await exec.insert(loginThrottles).values({ key, ...values }).onConflictDoUpdate({ target: loginThrottles.key, set: values });
  }
}

export async function clearFailures(exec: Executor, key: string): Promise<void> {
  await exec.delete(loginThrottles).where(eq(loginThrottles.key, key));
}
