import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { emitEvent } from '../../../platform/jobs/outbox';
import { usageReports } from '../tables';
import { getUsageReport, type UsageReportView } from './list-usage-reports';

export const USAGE_REPORT_DECIDED = 'exchange.usage_report_decided';

/** The audit admin upholds or dismisses a report of wrong use, with the reasons; the reporter is told (outbox). */
export async function decideUsageReport(ctx: UseCaseContext, id: string, input: { outcome: 'upheld' | 'dismissed'; decision: string }): Promise<UsageReportView> {
  const decision = input.decision.trim();
  if (decision.length < 2) throw new AppError('validation.failed', { details: [{ field: 'decision', rule: 'minLength', message: 'at least 2 characters' }] });
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select({ status: usageReports.status }).from(usageReports).where(eq(usageReports.id, id));
    if (!current) throw new AppError('exchange.report_not_found');
    const [row] = await tx
      .update(usageReports)
      .set({ status: input.outcome, decision, decidedBy: ctx.actor!.userId, decidedAt: new Date() })
      .where(and(eq(usageReports.id, id), eq(usageReports.status, 'open')))
      .returning();
    if (!row) throw new AppError('exchange.action_not_allowed', { details: { status: current.status } });
    await appendAudit(tx, ctx, { action: 'exchange.usage_report_decided', objectType: 'usage_report', objectId: id, details: { outcome: input.outcome, exchangeRecordId: row.recordId } });
    await emitEvent(tx, USAGE_REPORT_DECIDED, { reportId: id, reporterUserId: row.reporterUserId, outcome: input.outcome });
  });
  return getUsageReport(ctx, id);
}
