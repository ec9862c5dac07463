import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { emitEvent } from '../../../platform/jobs/outbox';
import type { QualityReport } from '../model';
import { refreshQuality } from './compute-quality';
import { prepareRecords, writeRecords, type IncomingRecord } from './load-records';
import { ruleText } from './messages';
import { managedResource } from './resource-access';

export interface UpsertResult {
  accepted: number;
  rejected: { index: number; field?: string; rule: string; message: string }[];
  quality: QualityReport;
}

/**
 * 数据归集: the provider's steward loads records (up to 1000) keyed by subject. The batch is validated whole before
 * one write, so a bad record is reported and never half-written while the good ones are stored; quality rules
 * only lower the score. The quality report is recomputed in the same transaction.
 */
export async function upsertRecords(ctx: UseCaseContext, code: string, records: readonly IncomingRecord[]): Promise<UpsertResult> {
  const resource = await managedResource(ctx.db, ctx.actor, code);
  const batch = await prepareRecords(ctx.db, ctx.cipher, resource, records);
  const rejectedIndexes = new Set(batch.rejected.map((r) => r.index));
  return ctx.db.transaction(async (tx) => {
    await managedResource(tx, ctx.actor, code, { forUpdate: true });
    await writeRecords(tx, resource.id, batch.rows);
    const quality = await refreshQuality(tx, ctx.cipher, resource.id);
    const accepted = records.length - rejectedIndexes.size;
    await appendAudit(tx, ctx, { action: 'exchange.records_loaded', objectType: 'data_resource', objectId: code, details: { via: 'api', received: records.length, accepted, rejected: rejectedIndexes.size, score: quality.score } });
    await emitEvent(tx, 'exchange.records_loaded', { code, accepted });
    return { accepted, rejected: batch.rejected.map((r) => ({ ...r, message: ruleText(r.rule, ctx.lang) })), quality };
  });
}
