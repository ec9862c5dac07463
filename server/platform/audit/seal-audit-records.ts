import { asc, desc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Signer } from '../crypto/signing';
import { chainHash, type ChainableRecord } from './canonical';
import { sealChain, sealWholeChain, type ChainStore } from './hash-chain';
import { auditCheckpoints, auditRecords, auditSeals } from './tables';

/** The audit log's chain: audit_records sealed into audit_seals, checkpoints in audit_checkpoints. */
export const auditChain: ChainStore<ChainableRecord> = {
  lockKey: 7_220_431_001,
  checkpointType: 'yiwang-audit-checkpoint',
  hash: chainHash,
  async head(tx) {
    const [head] = await tx.select({ seq: auditSeals.seq, hash: auditSeals.hash }).from(auditSeals).orderBy(desc(auditSeals.seq)).limit(1);
    return head;
  },
  unsealed: (tx, limit) =>
    tx
      .select()
      .from(auditRecords)
      .where(sql`NOT EXISTS (SELECT 1 FROM ${auditSeals} s WHERE s.record_id = ${auditRecords.id})`)
      .orderBy(asc(auditRecords.id))
      .limit(limit),
  async addSeals(tx, seals) {
    await tx.insert(auditSeals).values(seals);
  },
  async addCheckpoint(tx, checkpoint) {
    await tx.insert(auditCheckpoints).values(checkpoint);
  },
  checkpoints: (db) => db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq)),
  sealsFrom: (db, fromSeq, limit) =>
    db
      .select({ seal: auditSeals, record: auditRecords })
      .from(auditSeals)
      .leftJoin(auditRecords, eq(auditRecords.id, auditSeals.recordId))
      .where(gte(auditSeals.seq, fromSeq))
      .orderBy(asc(auditSeals.seq))
      .limit(limit),
};

/**
 * Chains committed, not yet sealed audit records in id order and signs a checkpoint over the new head.
 * Returns how many records it sealed.
 */
export function sealAuditRecords(db: Db, signer: Signer): Promise<number> {
  return sealChain(db, signer, auditChain);
}

/** Seals until nothing is pending (for the CLI and tests). */
export function sealAll(db: Db, signer: Signer): Promise<number> {
  return sealWholeChain(db, signer, auditChain);
}
