import { asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Signer } from '../crypto/signing';
import { chainHash, GENESIS_HASH } from './canonical';
import { auditCheckpoints, auditRecords, auditSeals } from './tables';

export interface ChainReport {
  intact: boolean;
  /** Sealed records checked. */
  checked: number;
  firstBadSeq: number | null;
  firstBadRecordId: number | null;
  reason: string | null;
}

const PAGE = 5000;

function bad(checked: number, seq: number, recordId: number | null, reason: string): ChainReport {
  return { intact: false, checked, firstBadSeq: seq, firstBadRecordId: recordId, reason };
}

/**
 * Walks the chain from the genesis: every seal must follow the previous one, its record must exist and hash to
 * the sealed value; every signed checkpoint must verify and match the chain at its sequence number.
 */
export async function verifyAuditChain(db: Db, signer: Signer): Promise<ChainReport> {
  const headAt = new Map<number, string>();
  const checkpoints = await db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq));
  for (const cp of checkpoints) headAt.set(cp.seq, cp.hash);

  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const chainAt = new Map<number, string>();
  for (;;) {
    const rows = await db
      .select({ seal: auditSeals, record: auditRecords })
      .from(auditSeals)
      .leftJoin(auditRecords, eq(auditRecords.id, auditSeals.recordId))
      .where(gt(auditSeals.seq, expectedSeq - 1))
      .orderBy(asc(auditSeals.seq))
      .limit(PAGE);
    for (const { seal, record } of rows) {
      if (seal.seq !== expectedSeq) return bad(checked, expectedSeq, seal.recordId, `seal ${expectedSeq} is missing (next is ${seal.seq})`);
      if (seal.prevHash !== prevHash) return bad(checked, seal.seq, seal.recordId, 'seal does not follow the previous one (reordered or inserted)');
      if (!record) return bad(checked, seal.seq, seal.recordId, `record ${seal.recordId} was deleted`);
      if (chainHash(prevHash, record) !== seal.hash) return bad(checked, seal.seq, record.id, `record ${record.id} was modified`);
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
