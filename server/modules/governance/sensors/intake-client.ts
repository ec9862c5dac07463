import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { TtlCache } from '../../../platform/cache/ttl-cache';
import { AppError } from '../../../platform/errors/app-error';
import { hashApiKey, isWellFormedApiKey } from '../../exchange/api-key-format';
import type { IntakeScope } from '../model';
import { intakeClients } from '../tables';

// Used by sensor readings and Open311. Keys share the exchange format (`ywk_<prefix>_<secret>`), so one parser
// serves both; the prefix finds the row and only the SHA-256 of the whole key is compared.

export type IntakeClientRow = typeof intakeClients.$inferSelect;

/** Accepts a bare key or an `Authorization` header value (`Bearer ywk_…`). */
export function keyFromAuthorization(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? '';
}

/**
 * Intake clients by key prefix, kept per process for CLIENT_CACHE_TTL_MS as the exchange gateway keeps its API
 * keys: a client revoked in the database is refused here within that time. Unknown prefixes are kept too, so a
 * flood of made-up keys costs one query per prefix per TTL; the map is bounded.
 */
export const CLIENT_CACHE_TTL_MS = 1000;
const clientsByPrefix = new TtlCache<IntakeClientRow | null>(CLIENT_CACHE_TTL_MS, { max: 10_000 });

function clientByPrefix(exec: Executor, prefix: string): Promise<IntakeClientRow | null> {
  return clientsByPrefix.get(prefix, async () => (await exec.select().from(intakeClients).where(eq(intakeClients.keyPrefix, prefix)).limit(1))[0] ?? null);
}

/** Drops the cached intake clients (after a revocation in this process, and in tests). */
export function forgetIntakeClients(): void {
  clientsByPrefix.clear();
}

function sameHash(stored: string, presented: string): boolean {
  const a = Buffer.from(stored, 'utf8');
  const b = Buffer.from(presented, 'utf8');
  // Lengths are public (both are hex SHA-256); the content is compared in constant time.
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The intake client a presented key (`ywk_<prefix>_<secret>`, from a Bearer header or Open311's `api_key`) belongs
 * to, if it is well formed, matches its stored hash, is not revoked and holds the scope. Otherwise throws
 * `governance.unauthenticated` (missing, malformed, unknown, revoked) or `governance.scope_denied`.
 */
export async function authenticateIntakeClient(exec: Executor, presentedKey: string | undefined, scope: IntakeScope): Promise<IntakeClientRow> {
  const key = presentedKey?.trim();
  if (!key || !isWellFormedApiKey(key)) throw new AppError('governance.unauthenticated');
  const prefix = key.split('_')[1]!;
  const client = await clientByPrefix(exec, prefix);
  // The hash is computed even for an unknown prefix so the answer takes about as long either way.
  const presentedHash = hashApiKey(key);
  if (!client || !sameHash(client.secretHash, presentedHash)) throw new AppError('governance.unauthenticated');
  if (client.revokedAt !== null) throw new AppError('governance.unauthenticated');
  if (!client.scopes.includes(scope)) throw new AppError('governance.scope_denied');
  return client;
}
