import type { Db } from '../../db/client';
import type { ResolvedSession } from '../../platform/http/guard';
import { loadActor } from './scope';
import { findLiveSession, type SessionPolicy } from './sessions';

/** Cookie token → actor with roles and scope, or null when the session is missing, idle or expired. */
export async function resolveSession(db: Db, token: string | undefined, policy: SessionPolicy): Promise<ResolvedSession | null> {
  if (!token) return null;
  const session = await findLiveSession(db, token, policy);
  if (!session) return null;
  const actor = await loadActor(db, session.userId, session.state);
  return actor ? { actor, csrfToken: session.csrfToken } : null;
}
