import { asc, desc, eq, gte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Signer } from '../crypto/signing';
import { chainHash, type ChainableRecord } from './canonical';
import { sealWholeChain, type ChainStore, type SealOptions } from './hash-chain';
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
  seals: auditSeals,
  recordId: auditRecords.id,
  unsealed: (tx, limit, where) => tx.select().from(auditRecords).where(where).orderBy(asc(auditRecords.id)).limit(limit),
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
 * Chains committed, not yet sealed audit records in id order (by default those behind the newest seal; see SealOptions)
 * and signs a checkpoint over the new head, batch after batch. Returns how many records it sealed.
 */
export function sealAuditRecords(db: Db, signer: Signer, opts: SealOptions = {}): Promise<number> {
  return sealWholeChain(db, signer, auditChain, opts);
}

/** Seals until nothing is pending anywhere (for the CLI and tests). */
export async function sealAll(db: Db, signer: Signer): Promise<number> {
  return (await sealAuditRecords(db, signer)) + (await sealAuditRecords(db, signer, { lookback: 'all' }));
}
