import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { sharingRequests } from '../tables';

/**
 * Request numbers `GX-20261127-0001` (共享 + China date + that day's count). The count is taken under a
 * transaction-scoped advisory lock, so two requests of the same day never draw the same number; the unique index
 * sharing_requests__number__key stays the last guard.
 */
export async function nextRequestNumber(exec: Executor, day: string): Promise<string> {
  const prefix = `GX-${day.replaceAll('-', '')}-`;
  await exec.execute(sql`SELECT pg_advisory_xact_lock(hashtext('sharing_requests.number'))`);
  const [row] = await exec
    .select({ n: sql<number>`count(*)::int` })
    .from(sharingRequests)
    .where(sql`${sharingRequests.number} LIKE ${`${prefix}%`}`);
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}
