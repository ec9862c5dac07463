import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { exchangeRecords, usageReports } from '../tables';
import { mySubjectBidx } from './list-my-data-usage';

/**
 * A citizen (or enterprise) reports a use of their data they think was wrong: a review case for the audit admin.
 * Only a record whose subject is the reporter (404 otherwise); once per record and reporter (409).
 */
export async function reportDataUsage(ctx: UseCaseContext, recordId: number, reason: string): Promise<{ id: string; status: 'open'; createdAt: string }> {
  const text = reason.trim();
  if (text.length < 2) throw new AppError('validation.failed', { details: [{ field: 'reason', rule: 'minLength', message: 'at least 2 characters' }] });
  const subject = await mySubjectBidx(ctx);
  return ctx.db.transaction(async (tx) => {
    const [record] = subject
      ? await tx
          .select({ id: exchangeRecords.id })
          .from(exchangeRecords)
          .where(and(eq(exchangeRecords.id, recordId), eq(exchangeRecords.subjectBidx, subject)))
      : [];
    if (!record) throw new AppError('exchange.usage_not_found');
    const [row] = await tx.insert(usageReports).values({ recordId, reporterUserId: ctx.actor!.userId, reason: text }).onConflictDoNothing().returning();
    if (!row) throw new AppError('exchange.report_exists');
    await appendAudit(tx, ctx, { action: 'exchange.usage_reported', objectType: 'usage_report', objectId: row.id, details: { exchangeRecordId: recordId } });
    return { id: row.id, status: 'open' as const, createdAt: row.createdAt.toISOString() };
  });
}
