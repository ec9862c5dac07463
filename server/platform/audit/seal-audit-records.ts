import { asc, desc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Signer } from '../crypto/signing';
import { chainHash, GENESIS_HASH, type ChainableRecord } from './canonical';
import { auditCheckpoints, auditRecords, auditSeals } from './tables';

// Any fixed 64-bit number: the advisory lock that makes one sealer at a time chain records, across processes.
const SEALER_LOCK_KEY = 7_220_431_001;
const BATCH = 2000;

/**
 * Chains committed, not yet sealed audit records in id order and signs a checkpoint over the new head.
 * Runs off the hot path (a timer in every process; the advisory lock lets one at a time proceed).
 * Returns how many records it sealed.
 */
export async function sealAuditRecords(db: Db, signer: Signer): Promise<number> {
  return db.transaction(async (tx) => {
    const lock: unknown = await tx.execute(sql`SELECT pg_try_advisory_xact_lock(${SEALER_LOCK_KEY}) AS locked`);
    // Both drivers answer { rows }; drizzle's driver-neutral type leaves it unknown.
    if (!(lock as { rows: { locked: boolean }[] }).rows[0]?.locked) return 0;
    const [head] = await tx.select({ seq: auditSeals.seq, hash: auditSeals.hash }).from(auditSeals).orderBy(desc(auditSeals.seq)).limit(1);
    const pending: ChainableRecord[] = await tx
      .select()
      .from(auditRecords)
      .where(sql`NOT EXISTS (SELECT 1 FROM ${auditSeals} s WHERE s.record_id = ${auditRecords.id})`)
      .orderBy(asc(auditRecords.id))
      .limit(BATCH);
    if (pending.length === 0) return 0;
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    const seals = pending.map((record) => {
      seq += 1;
      const hash = chainHash(prevHash, record);
      const seal = { seq, recordId: record.id, prevHash, hash };
      prevHash = hash;
      return seal;
    });
    for (let i = 0; i < seals.length; i += 500) await tx.insert(auditSeals).values(seals.slice(i, i + 500));
    const jws = await signer.sign({ typ: 'yiwang-audit-checkpoint', seq, hash: prevHash, at: new Date().toISOString() });
    await tx.insert(auditCheckpoints).values({ seq, hash: prevHash, jws, keyId: signer.keyId, records: seals.length });
    return seals.length;
  });
}

/** Seals until nothing is pending (for the CLI and tests). */
export async function sealAll(db: Db, signer: Signer): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await sealAuditRecords(db, signer);
    total += sealed;
    if (sealed < BATCH) return total;
  }
}
