import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { sessions, type SessionState } from './tables';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

// A pending (between password and second factor) session lives five minutes at most.
const PENDING_MINUTES = 5;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export interface NewSession {
  token: string;
  csrfToken: string;
  state: SessionState;
}

/** Creates a session with a fresh id (never reuses one: no fixation) and returns the cookie values. */
export async function createSession(exec: Executor, input: { userId: string; state: SessionState; ip: string | null; policy: SessionPolicy }): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const lifetimeMs = input.state === 'active' ? input.policy.absoluteHours * 3_600_000 : PENDING_MINUTES * 60_000;
  await exec.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: input.userId,
    state: input.state,
    csrfToken,
    ip: input.ip,
    expiresAt: new Date(Date.now() + lifetimeMs),
  });
  return { token, csrfToken, state: input.state };
}

export async function deleteSession(exec: Executor, token: string): Promise<void> {
  await exec.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export interface LiveSession {
  userId: string;
  state: SessionState;
  csrfToken: string;
}

/** The session behind a cookie token if it is neither past its absolute lifetime nor idle too long. */
export async function findLiveSession(exec: Executor, token: string, policy: SessionPolicy): Promise<LiveSession | null> {
  const tokenHash = hashToken(token);
  const [row] = await exec.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  if (!row) return null;
  const now = Date.now();
  if (row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + policy.idleMinutes * 60_000 <= now) {
    await exec.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  // Touch at most once a minute (sooner for short idle limits): the idle clock needs no write per request.
  const touchAfterMs = Math.min(60_000, (policy.idleMinutes * 60_000) / 4);
  if (now - row.lastSeenAt.getTime() > touchAfterMs) {
    // Not an equality on the read value: JS dates drop PostgreSQL's microseconds, so that would never match.
    await exec.update(sessions).set({ lastSeenAt: new Date(now) }).where(and(eq(sessions.tokenHash, tokenHash), lt(sessions.lastSeenAt, new Date(now - touchAfterMs))));
  }
  return { userId: row.userId, state: row.state, csrfToken: row.csrfToken };
}
