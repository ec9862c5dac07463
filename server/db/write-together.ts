import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from './client';

/**
 * Runs several INSERT/UPDATE/DELETE builders (not awaited, no RETURNING) as one statement: all but the last become
 * data-modifying CTEs. One round trip instead of one per write, and all or nothing like any single statement. The
 * writes see the same snapshot, so none may depend on another's rows except through foreign keys, which PostgreSQL
 * checks at the end of the statement.
 */
export async function writeTogether(exec: Executor, writes: readonly SQLWrapper[]): Promise<void> {
  if (writes.length === 0) return;
  await exec.execute(togetherSql(writes));
}

export function togetherSql(writes: readonly SQLWrapper[]): SQL {
  const last = writes[writes.length - 1]!.getSQL();
  if (writes.length === 1) return last;
  const ctes = writes.slice(0, -1).map((w, i) => sql`${sql.raw(`w${i}`)} AS (${w.getSQL()})`);
  return sql`WITH ${sql.join(ctes, sql`, `)} ${last}`;
}
