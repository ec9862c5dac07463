import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, Executor, Tx } from '../../db/client';
import type { Signer } from '../crypto/signing';
import { GENESIS_HASH } from './canonical';

// One hash chain over an append-only records table, a seals table and signed checkpoints. The audit log and
// the exchange records each bring a ChainStore (their tables, lock key and hash); sealing and verifying are
// the same code for both.

export interface SealRow {
  seq: number;
  recordId: number;
  prevHash: string;
  hash: string;
}

export interface CheckpointRow {
  id: number;
  seq: number;
  hash: string;
  jws: string;
}

export interface ChainStore<R extends { id: number }> {
  /** Any fixed 64-bit number: the advisory lock that makes one sealer at a time chain records, across processes. */
  lockKey: number;
  /** The `typ` of the signed checkpoint payload. */
  checkpointType: string;
  hash(prevHash: string, record: R): string;
  head(tx: Tx): Promise<{ seq: number; hash: string } | undefined>;
  /** The seals table (seq, record_id, prev_hash, hash) and the records' id column: the sealer's queries use them. */
  seals: SQLWrapper;
  recordId: AnyPgColumn;
  /** Committed records matching `where` (built by the sealer: those without a seal), in id order. */
  unsealed(tx: Tx, limit: number, where: SQL): Promise<R[]>;
  addCheckpoint(tx: Tx, checkpoint: { seq: number; hash: string; jws: string; keyId: string; records: number }): Promise<void>;
  checkpoints(db: Executor): Promise<CheckpointRow[]>;
  /** Seals from `fromSeq` on, in order, each with its record (null when the record is gone). */
  sealsFrom(db: Executor, fromSeq: number, limit: number): Promise<{ seal: SealRow; record: R | null }[]>;
}

export interface ChainReport {
  intact: boolean;
  /** Sealed records checked. */
  checked: number;
  firstBadSeq: number | null;
  firstBadRecordId: number | null;
  reason: string | null;
}

export const SEAL_BATCH = 2000;
const SEAL_CHUNK = 200;
const PAGE = 5000;

/**
 * Records with a smaller id may commit after a larger one: each second the sealer looks this far back behind the
 * newest sealed record (an index range, not the whole table, which grows without end)…
 */
export const LOOKBACK_IDS = 5000;
/** …each minute a sweep looks this far back, for records of long transactions; `sealAll` looks everywhere. */
export const SWEEP_LOOKBACK_IDS = 1_000_000;

export interface SealOptions {
  /** How many ids behind the newest seal to look for unsealed records, or 'all' (CLI, the auditor's check, tests). */
  lookback?: number | 'all';
}

/**
 * Chains committed, not yet sealed records in id order and signs a checkpoint over the new head. Runs off the
 * hot path (a timer in every process; the advisory lock lets one at a time proceed). Returns how many it sealed.
 */
export async function sealChain<R extends { id: number }>(db: Db, signer: Signer, store: ChainStore<R>, opts: SealOptions = {}): Promise<number> {
  return db.transaction(async (tx) => {
    const lock: unknown = await tx.execute(sql`SELECT pg_try_advisory_xact_lock(${store.lockKey}) AS locked`);
    // Both drivers answer { rows }; drizzle's driver-neutral type leaves it unknown.
    if (!(lock as { rows: { locked: boolean }[] }).rows[0]?.locked) return 0;
    const head = await store.head(tx);
    const lookback = opts.lookback ?? LOOKBACK_IDS;
    const floor = lookback === 'all' ? null : (await newestSealedRecordId(tx, store.seals)) - lookback;
    const pending = await store.unsealed(tx, SEAL_BATCH, unsealedWhere(store, floor));
    if (pending.length === 0) return 0;
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    // Hashed and written a chunk at a time: each write lets requests waiting on this process run in between, so a
    // busy second's records do not hold the event loop for one long stretch.
    for (let i = 0; i < pending.length; i += SEAL_CHUNK) {
      const seals = pending.slice(i, i + SEAL_CHUNK).map((record) => {
        seq += 1;
        const hash = store.hash(prevHash, record);
        const seal = { seq, recordId: record.id, prevHash, hash };
        prevHash = hash;
        return seal;
      });
      await insertSeals(tx, store.seals, seals);
    }
    const jws = await signer.sign({ typ: store.checkpointType, seq, hash: prevHash, at: new Date().toISOString() });
    await store.addCheckpoint(tx, { seq, hash: prevHash, jws, keyId: signer.keyId, records: pending.length });
    return pending.length;
  });
}

/** Seals batch after batch until one comes back short. */
export async function sealWholeChain<R extends { id: number }>(db: Db, signer: Signer, store: ChainStore<R>, opts: SealOptions = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await sealChain(db, signer, store, opts);
    total += sealed;
    if (sealed < SEAL_BATCH) return total;
  }
}

/**
 * Records without a seal: with ids above `floor`, or anywhere when it is null. The floor as a value on both sides of
 * the anti-join keeps the plan to two index ranges, where a subquery left PostgreSQL scanning both whole tables.
 */
function unsealedWhere(store: Pick<ChainStore<{ id: number }>, 'seals' | 'recordId'>, floor: number | null): SQL {
  if (floor === null) return sql`NOT EXISTS (SELECT 1 FROM ${store.seals} s WHERE s.record_id = ${store.recordId})`;
  return sql`${store.recordId} > ${floor} AND NOT EXISTS (SELECT 1 FROM ${store.seals} s WHERE s.record_id = ${store.recordId} AND s.record_id > ${floor})`;
}

/** The largest record id sealed so far (0 before the first seal). */
async function newestSealedRecordId(tx: Tx, seals: SQLWrapper): Promise<number> {
  const result: unknown = await tx.execute(sql`SELECT coalesce(max(record_id), 0)::bigint::text AS n FROM ${seals}`);
  return Number((result as { rows: { n: string }[] }).rows[0]?.n ?? 0);
}

/**
 * Writes seals into a chain's seals table with one parameter for the whole chunk: building a VALUES list of hundreds
 * of rows costs more than the insert.
 */
async function insertSeals(tx: Tx, table: SQLWrapper, seals: SealRow[]): Promise<void> {
  await tx.execute(sql`
    INSERT INTO ${table} (seq, record_id, prev_hash, hash)
    SELECT s.seq, s."recordId", s."prevHash", s.hash FROM jsonb_to_recordset(${JSON.stringify(seals)}::jsonb) AS s(seq bigint, "recordId" bigint, "prevHash" text, hash text)`);
}

function bad(checked: number, seq: number, recordId: number | null, reason: string): ChainReport {
  return { intact: false, checked, firstBadSeq: seq, firstBadRecordId: recordId, reason };
}

/**
 * Walks the chain from the genesis: every seal must follow the previous one, its record must exist and hash to
 * the sealed value; every signed checkpoint must verify and match the chain at its sequence number.
 */
export async function verifyChain<R extends { id: number }>(db: Executor, signer: Signer, store: ChainStore<R>): Promise<ChainReport> {
  const headAt = new Map<number, string>();
  const checkpoints = await store.checkpoints(db);
  for (const cp of checkpoints) headAt.set(cp.seq, cp.hash);

  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const chainAt = new Map<number, string>();
  for (;;) {
    const rows = await store.sealsFrom(db, expectedSeq, PAGE);
    for (const { seal, record } of rows) {
      if (seal.seq !== expectedSeq) return bad(checked, expectedSeq, seal.recordId, `seal ${expectedSeq} is missing (next is ${seal.seq})`);
      if (seal.prevHash !== prevHash) return bad(checked, seal.seq, seal.recordId, 'seal does not follow the previous one (reordered or inserted)');
      if (!record) return bad(checked, seal.seq, seal.recordId, `record ${seal.recordId} was deleted`);
      if (store.hash(prevHash, record) !== seal.hash) return bad(checked, seal.seq, record.id, `record ${record.id} was modified`);
      prevHash = seal.hash;
      if (headAt.has(seal.seq)) chainAt.set(seal.seq, seal.hash);
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < PAGE) break;
  }
  for (const cp of checkpoints) {
    try {
      const payload = await signer.verify(cp.jws);
      if (payload.seq !== cp.seq || payload.hash !== cp.hash) return bad(checked, cp.seq, null, `checkpoint ${cp.id} does not match its signature`);
    } catch {
      return bad(checked, cp.seq, null, `checkpoint ${cp.id} has an invalid signature`);
    }
    if (cp.seq >= expectedSeq) return bad(checked, expectedSeq, null, `sealed records after seq ${expectedSeq - 1} were removed (checkpoint at ${cp.seq})`);
    if (chainAt.get(cp.seq) !== cp.hash) return bad(checked, cp.seq, null, `the chain at seq ${cp.seq} differs from its signed checkpoint`);
  }
  return { intact: true, checked, firstBadSeq: null, firstBadRecordId: null, reason: null };
}
