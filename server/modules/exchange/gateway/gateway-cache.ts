import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { RequestStatus, ResourceField, SharingMethod, SubjectKind } from '../model';
import { dataRecords, dataResources, exchangeApiKeys, sharingRequests } from '../tables';
import { RateLimiter } from './rate-limiter';

export interface GatewayResource {
  id: string;
  code: string;
  providerDepartmentId: string;
  subjectKind: SubjectKind;
  fields: ResourceField[];
  /** `fields` by key, made once per cache load (every call checks and presents its fields through it). */
  fieldByKey: ReadonlyMap<string, ResourceField>;
  status: 'draft' | 'published' | 'withdrawn';
  method: SharingMethod;
}

export interface GatewayGrant {
  id: string;
  status: RequestStatus;
  grantedFields: string[];
  plainFields: string[];
  ratePerMinute: number | null;
  periodFrom: string;
  /** The grant's last day: expires_on, or the requested period's end when no expiry was set. */
  lastDay: string;
  statutory: boolean;
}

export interface GatewayApiKey {
  id: string;
  departmentId: string;
  grantIds: string[];
  isRevoked: boolean;
}

/**
 * Resources, grants and API keys as the gateway sees them, cached per process for CACHE_TTL_MS: a grant
 * revoked or a key revoked in the database takes effect here within that time (a revoke in this process can
 * call forgetGatewayCache() to take effect at once). Misses are cached too, so a flood of unknown keys costs
 * one query per key per TTL; the load itself is shared, so the calls that find an entry expired wait for one
 * query instead of each sending their own.
 */
export const CACHE_TTL_MS = 1000;

interface Entry<T> {
  value: Promise<T>;
  until: number;
}

class GatewayState {
  readonly limiter = new RateLimiter();
  private readonly resources = new Map<string, Entry<GatewayResource | null>>();
  private readonly grants = new Map<string, Entry<GatewayGrant[]>>();
  private readonly keysByHash = new Map<string, Entry<GatewayApiKey | null>>();
  private readonly keysById = new Map<string, Entry<GatewayApiKey | null>>();

  /** The one indexed read of a lookup, prepared once per process (building a query costs more than running it). */
  readonly recordQuery;

  constructor(private readonly db: Db) {
    this.recordQuery = recordQueryOf(db);
  }

  clear(): void {
    this.resources.clear();
    this.grants.clear();
    this.keysByHash.clear();
    this.keysById.clear();
  }

  resource(code: string): Promise<GatewayResource | null> {
    return cached(this.resources, code, async () => {
      const [row] = await this.db
        .select({
          id: dataResources.id,
          code: dataResources.code,
          providerDepartmentId: dataResources.providerDepartmentId,
          subjectKind: dataResources.subjectKind,
          fields: dataResources.fields,
          status: dataResources.status,
          method: dataResources.method,
        })
        .from(dataResources)
        .where(eq(dataResources.code, code));
      return row ? { ...row, fieldByKey: new Map(row.fields.map((f) => [f.key, f])) } : null;
    });
  }

  /** Every sharing request of a consumer department for a resource (approved or not: refusals name why). */
  grantsOf(departmentId: string, resourceId: string): Promise<GatewayGrant[]> {
    return cached(this.grants, `${departmentId}:${resourceId}`, async () => {
      const rows = await this.db
        .select()
        .from(sharingRequests)
        .where(and(eq(sharingRequests.consumerDepartmentId, departmentId), eq(sharingRequests.resourceId, resourceId)));
      return rows.map((r) => ({
        id: r.id,
        status: r.status,
        grantedFields: r.grantedFields ?? [],
        plainFields: r.plainFields ?? [],
        ratePerMinute: r.ratePerMinute,
        periodFrom: r.periodFrom,
        lastDay: r.expiresOn ?? r.periodUntil,
        statutory: r.statutory,
      }));
    });
  }

  private readonly touchedKeys = new Map<string, number>();
  private readonly running = new Set<Promise<unknown>>();

  /**
   * Runs one gateway call and remembers it until it ends: a call whose client went away keeps running after
   * HTTP has closed, and the process must not close the database under it (see settle()).
   */
  track<T>(call: () => Promise<T>): Promise<T> {
    const running = call();
    this.running.add(running);
    void running.then(
      () => this.running.delete(running),
      () => this.running.delete(running),
    );
    return running;
  }

  /** Waits for the calls still running (at most `timeoutMs`). */
  async settle(timeoutMs: number): Promise<void> {
    if (this.running.size === 0) return;
    await Promise.race([Promise.allSettled([...this.running]), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  }


  /** Marks a key as used, at most once a minute per key and process (lists show "last used" to the minute). */
  async touchKey(id: string): Promise<void> {
    const now = Date.now();
    if ((this.touchedKeys.get(id) ?? 0) > now - 60_000) return;
    if (this.touchedKeys.size > 10_000) this.touchedKeys.clear();
    this.touchedKeys.set(id, now);
    await this.db.update(exchangeApiKeys).set({ lastUsedAt: new Date(now) }).where(eq(exchangeApiKeys.id, id));
  }

  keyByHash(hash: string): Promise<GatewayApiKey | null> {
    return cached(this.keysByHash, hash, () => this.loadKey(eq(exchangeApiKeys.secretHash, hash)));
  }

  keyById(id: string): Promise<GatewayApiKey | null> {
    return cached(this.keysById, id, () => this.loadKey(eq(exchangeApiKeys.id, id)));
  }

  private async loadKey(where: ReturnType<typeof eq>): Promise<GatewayApiKey | null> {
    const [row] = await this.db
      .select({ id: exchangeApiKeys.id, departmentId: exchangeApiKeys.consumerDepartmentId, grantIds: exchangeApiKeys.grantIds, revokedAt: exchangeApiKeys.revokedAt })
      .from(exchangeApiKeys)
      .where(where);
    return row ? { id: row.id, departmentId: row.departmentId, grantIds: row.grantIds, isRevoked: row.revokedAt !== null } : null;
  }
}

/** SELECT data_enc FROM data_records WHERE resource_id = :resourceId AND subject_bidx = :subjectBidx (prepared). */
export function recordQueryOf(db: Db) {
  return db
    .select({ dataEnc: dataRecords.dataEnc })
    .from(dataRecords)
    .where(and(eq(dataRecords.resourceId, sql.placeholder('resourceId')), eq(dataRecords.subjectBidx, sql.placeholder('subjectBidx'))))
    .prepare('exchange_record_by_subject');
}

function cached<T>(map: Map<string, Entry<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = map.get(key);
  if (hit && hit.until > now) return hit.value;
  const value = load();
  if (map.size > 10_000) map.clear(); // bounded: a flood of distinct keys cannot grow it without limit
  const entry = { value, until: now + CACHE_TTL_MS };
  map.set(key, entry);
  // A failed load is not cached: the callers sharing it get its error, the next call tries again.
  void value.then(undefined, () => {
    if (map.get(key) === entry) map.delete(key);
  });
  return value;
}

const states = new WeakMap<Db, GatewayState>();

/** The gateway's per-database state in this process (cache and rate limits). */
export function gatewayState(db: Db): GatewayState {
  let state = states.get(db);
  if (!state) {
    state = new GatewayState(db);
    states.set(db, state);
  }
  return state;
}

/** Drops cached grants, keys and resources (after a revoke in this process; tests). */
export function forgetGatewayCache(db: Db): void {
  states.get(db)?.clear();
}
