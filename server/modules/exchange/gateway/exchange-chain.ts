import { createHash } from 'node:crypto';
import { asc, desc, eq, gte } from 'drizzle-orm';
import type { Db, Executor } from '../../../db/client';
import type { Signer } from '../../../platform/crypto/signing';
import { canonicalJson } from '../../../platform/audit/canonical';
import { sealWholeChain, verifyChain, type ChainReport, type ChainStore, type SealOptions } from '../../../platform/audit/hash-chain';
import { exchangeCheckpoints, exchangeRecords, exchangeSeals } from '../tables';

type ExchangeRecordRow = typeof exchangeRecords.$inferSelect;

// The record's columns in canonicalJson's order (keys sorted): the hash input is built straight from the row,
// without the intermediate object, entries and sort, because the sealer hashes every record of the gateway.
const HASHED_COLUMNS = (
  ['id', 'at', 'method', 'callerKind', 'callerDepartmentId', 'apiKeyId', 'actorId', 'grantId', 'resourceCode', 'providerDepartmentId', 'subjectBidx', 'fields', 'purpose', 'caseRef', 'basis', 'result', 'reason', 'requestId'] as const
).toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const COLUMN_PREFIX = HASHED_COLUMNS.map((k) => `${JSON.stringify(k)}:`);

/** The canonical JSON of a record's hashed columns: the same bytes as canonicalJson() over those columns. */
export function canonicalExchangeRecord(r: ExchangeRecordRow): string {
  let out = '';
  for (let i = 0; i < HASHED_COLUMNS.length; i++) {
    const value: unknown = r[HASHED_COLUMNS[i]!];
    if (value === undefined) continue;
    const json = typeof value === 'string' || typeof value === 'number' || value === null ? JSON.stringify(value) : canonicalJson(value);
    out += `${out === '' ? '' : ','}${COLUMN_PREFIX[i]!}${json}`;
  }
  return `{${out}}`;
}

/** SHA-256 over the previous hash and the canonical record (every column, keys sorted). */
export function exchangeRecordHash(prevHash: string, r: ExchangeRecordRow): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalExchangeRecord(r)}`).digest('hex');
}

/** Exchange records chained like the audit log, with their own seals, checkpoints and advisory lock. */
export const exchangeChain: ChainStore<ExchangeRecordRow> = {
  lockKey: 7_220_431_005,
  checkpointType: 'yiwang-exchange-checkpoint',
  hash: exchangeRecordHash,
  async head(tx) {
    const [head] = await tx.select({ seq: exchangeSeals.seq, hash: exchangeSeals.hash }).from(exchangeSeals).orderBy(desc(exchangeSeals.seq)).limit(1);
    return head;
  },
  seals: exchangeSeals,
  recordId: exchangeRecords.id,
  unsealed: (tx, limit, where) => tx.select().from(exchangeRecords).where(where).orderBy(asc(exchangeRecords.id)).limit(limit),
  async addCheckpoint(tx, checkpoint) {
    await tx.insert(exchangeCheckpoints).values(checkpoint);
  },
  checkpoints: (db) => db.select().from(exchangeCheckpoints).orderBy(asc(exchangeCheckpoints.seq)),
  sealsFrom: (db, fromSeq, limit) =>
    db
      .select({ seal: exchangeSeals, record: exchangeRecords })
      .from(exchangeSeals)
      .leftJoin(exchangeRecords, eq(exchangeRecords.id, exchangeSeals.recordId))
      .where(gte(exchangeSeals.seq, fromSeq))
      .orderBy(asc(exchangeSeals.seq))
      .limit(limit),
};

/** Seals pending exchange records batch after batch (by default those behind the newest seal; see SealOptions). */
export function sealExchangeRecords(db: Db, signer: Signer, opts: SealOptions = {}): Promise<number> {
  return sealWholeChain(db, signer, exchangeChain, opts);
}

/** Seals until nothing is pending anywhere (for the CLI, the auditor's route and tests). */
export async function sealAllExchangeRecords(db: Db, signer: Signer): Promise<number> {
  return (await sealExchangeRecords(db, signer)) + (await sealExchangeRecords(db, signer, { lookback: 'all' }));
}

/** Verifies the exchange chain from the genesis; names the first bad record. */
export function verifyExchangeChain(db: Executor, signer: Signer): Promise<ChainReport> {
  return verifyChain(db, signer, exchangeChain);
}
