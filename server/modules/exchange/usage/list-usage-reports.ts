import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { exchangeRecords, usageReports } from '../tables';
import { presentUsage, type UsageItem } from './usage-view';

// The audit admin's review queue of reports of wrong use, each with the exchange record it is about.

export type ReportStatus = 'open' | 'upheld' | 'dismissed';

export interface UsageReportView {
  id: string;
  status: ReportStatus;
  reason: string;
  decision: string | null;
  createdAt: string;
  decidedAt: string | null;
  record: UsageItem | null;
}

type ReportRow = typeof usageReports.$inferSelect;

async function present(ctx: UseCaseContext, rows: ReportRow[]): Promise<UsageReportView[]> {
  const ids = [...new Set(rows.map((r) => r.recordId))];
  const records = ids.length ? await ctx.db.select().from(exchangeRecords).where(inArray(exchangeRecords.id, ids)) : [];
  // No case links for the reviewer: a case is shown only to those who may see it.
  const items = new Map((await presentUsage(ctx.db, null, records)).map((i) => [i.id, i]));
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    reason: r.reason,
    decision: r.decision,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    record: items.get(r.recordId) ?? null,
  }));
}

export async function listUsageReports(ctx: UseCaseContext, filter: { status?: ReportStatus | undefined; cursor?: string | undefined; limit?: number | undefined }) {
  const limit = filter.limit ?? 50;
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(usageReports.status, filter.status));
  if (filter.cursor) conditions.push(lt(usageReports.createdAt, new Date(filter.cursor)));
  const rows = await ctx.db
    .select()
    .from(usageReports)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(usageReports.createdAt))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return { items: await present(ctx, page), nextCursor: rows.length > limit ? page[page.length - 1]!.createdAt.toISOString() : null };
}

export async function getUsageReport(ctx: UseCaseContext, id: string): Promise<UsageReportView> {
  const [row] = await ctx.db.select().from(usageReports).where(eq(usageReports.id, id));
  if (!row) throw new AppError('exchange.report_not_found');
  return (await present(ctx, [row]))[0]!;
}
