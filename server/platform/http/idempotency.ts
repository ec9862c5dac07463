import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { canonicalJson } from '../audit/canonical';
import { AppError, validationError } from '../errors/app-error';
import { idempotencyKeys } from './tables';

export interface IdempotentResult<T> {
  status: number;
  body: T;
  /** True when this is the stored first response, returned again for a retry. */
  replayed: boolean;
}

/** An in-flight record older than this belongs to a request that died; a retry may take it over. */
const ABANDONED_AFTER_MS = 2 * 60_000;
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * Runs a write at most once per (principal, scope, Idempotency-Key): the same key and body → the first response
 * again; the same key while the first is still running → 409; the same key with another body → 422. The key is
 * marked done in the write's own transaction, so a stored response always matches a committed write.
 */
export async function withIdempotency<T>(
  db: Db,
  request: { principal: string; scope: string; key: string | undefined; body: unknown },
  run: (tx: Tx) => Promise<{ status: number; body: T }>,
): Promise<IdempotentResult<T>> {
  if (request.key === undefined) {
    const result = await db.transaction(run);
    return { ...result, replayed: false };
  }
  if (!KEY_PATTERN.test(request.key)) throw validationError([{ field: 'Idempotency-Key', rule: 'pattern', message: '' }]);
  const id = { principal: request.principal, scope: request.scope, key: request.key };
  const requestHash = createHash('sha256').update(canonicalJson(request.body)).digest('hex');
  const where = and(eq(idempotencyKeys.principal, id.principal), eq(idempotencyKeys.scope, id.scope), eq(idempotencyKeys.key, id.key));

  const claim = () => db.insert(idempotencyKeys).values({ ...id, requestHash, state: 'in_flight' }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  let claimed = await claim();
  if (claimed.length === 0) {
    // Taken: by a request that died long ago (take it over), or by a live or finished one.
    const abandoned = await db
      .delete(idempotencyKeys)
      .where(and(where, eq(idempotencyKeys.state, 'in_flight'), lt(idempotencyKeys.createdAt, new Date(Date.now() - ABANDONED_AFTER_MS))))
      .returning({ key: idempotencyKeys.key });
    if (abandoned.length > 0) claimed = await claim();
  }
  if (claimed.length === 0) {
    const [existing] = await db.select().from(idempotencyKeys).where(where);
    if (!existing) throw new AppError('idempotency.in_flight');
    if (existing.requestHash !== requestHash) throw new AppError('idempotency.key_reused');
    if (existing.state === 'in_flight') throw new AppError('idempotency.in_flight');
    return { status: existing.responseStatus ?? 200, body: existing.responseBody as T, replayed: true };
  }

  try {
    const result = await db.transaction(async (tx) => {
      const out = await run(tx);
      await tx.update(idempotencyKeys).set({ state: 'done', responseStatus: out.status, responseBody: out.body }).where(where);
      return out;
    });
    return { ...result, replayed: false };
  } catch (error) {
    // Nothing was written: free the key so a corrected retry can use it.
    await db.delete(idempotencyKeys).where(and(where, eq(idempotencyKeys.state, 'in_flight')));
    throw error;
  }
}
