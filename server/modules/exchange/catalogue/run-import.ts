import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { emitEvent } from '../../../platform/jobs/outbox';
import { dataImports } from '../tables';
import { refreshQuality } from './compute-quality';
import { prepareRecords, writeRecords } from './load-records';
import { ruleText } from './messages';
import { importFileKey, type StartedImport } from './start-import';

export const IMPORT_CHUNK_ROWS = 200;
/** The error report keeps this many rows; a file worse than that needs fixing at the source anyway. */
const MAX_REPORTED_ERRORS = 5000;

/**
 * Loads an import's rows in chunks, each chunk in its own transaction together with the progress (processed,
 * accepted, per-row errors), so a poll sees the bar move and a bad row never aborts the others. The quality report
 * is recomputed once at the end. A failure marks the import failed (and is passed to `onError` for the log).
 * `resume` continues an import cut off by a restart after the rows it had already committed.
 */
export async function runImport(
  ctx: UseCaseContext,
  started: StartedImport,
  onError: (error: unknown) => void = () => {},
  resume: { processedRows: number; acceptedRows: number; reportedErrors: number } = { processedRows: 0, acceptedRows: 0, reportedErrors: 0 },
): Promise<void> {
  const { id, resource, rows } = started;
  let reported = resume.reportedErrors;
  let accepted = resume.acceptedRows;
  try {
    for (let start = resume.processedRows; start < rows.length; start += IMPORT_CHUNK_ROWS) {
      const chunk = rows.slice(start, start + IMPORT_CHUNK_ROWS);
      const batch = await prepareRecords(ctx.db, ctx.cipher, resource, chunk.map((r) => r.record));
      const rejectedRows = new Set(batch.rejected.map((r) => r.index));
      const errors = batch.rejected
        .map((r) => ({ row: chunk[r.index]!.row, ...(r.field !== undefined ? { field: r.field } : {}), rule: r.rule, message: ruleText(r.rule, 'en') }))
        .slice(0, Math.max(0, MAX_REPORTED_ERRORS - reported));
      reported += errors.length;
      accepted += chunk.length - rejectedRows.size;
      await ctx.db.transaction(async (tx) => {
        await writeRecords(tx, resource.id, batch.rows);
        await tx
          .update(dataImports)
          .set({
            processedRows: sql`${dataImports.processedRows} + ${chunk.length}`,
            acceptedRows: sql`${dataImports.acceptedRows} + ${chunk.length - rejectedRows.size}`,
            errors: sql`${dataImports.errors} || ${JSON.stringify(errors)}::jsonb`,
            heartbeatAt: new Date(),
          })
          .where(eq(dataImports.id, id));
      });
      // Let other requests (the progress poll among them) run between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await ctx.db.transaction(async (tx) => {
      const quality = await refreshQuality(tx, ctx.cipher, resource.id);
      await tx.update(dataImports).set({ status: 'done', finishedAt: new Date(), storageKey: null }).where(eq(dataImports.id, id));
      await appendAudit(tx, ctx, { action: 'exchange.records_loaded', objectType: 'data_resource', objectId: resource.code, details: { via: 'import', importId: id, received: rows.length, accepted, rejected: rows.length - accepted, score: quality.score } });
      await emitEvent(tx, 'exchange.records_loaded', { code: resource.code, accepted });
    });
    await ctx.storage.delete(importFileKey(id));
  } catch (error) {
    onError(error);
    // The chunks already committed stay loaded; the import says where it stopped (processed rows).
    await ctx.db
      .transaction(async (tx) => {
        await tx.update(dataImports).set({ status: 'failed', finishedAt: new Date(), storageKey: null }).where(eq(dataImports.id, id));
        await appendAudit(tx, ctx, { action: 'exchange.records_loaded', objectType: 'data_resource', objectId: resource.code, result: 'failure', details: { via: 'import', importId: id, received: rows.length, accepted } });
      })
      .catch((cause: unknown) => onError(cause));
    await ctx.storage.delete(importFileKey(id)).catch((cause: unknown) => onError(cause));
  }
}
