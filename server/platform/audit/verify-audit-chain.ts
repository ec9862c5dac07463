import type { Executor } from '../../db/client';
import type { Signer } from '../crypto/signing';
import { verifyChain, type ChainReport } from './hash-chain';
import { auditChain } from './seal-audit-records';

export type { ChainReport } from './hash-chain';

/** Verifies the audit chain from the genesis (see verifyChain); names the first bad record. */
export function verifyAuditChain(db: Executor, signer: Signer): Promise<ChainReport> {
  return verifyChain(db, signer, auditChain);
}
