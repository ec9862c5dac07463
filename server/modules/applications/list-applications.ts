import { and, asc, desc, eq, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/context';
import { visibleCases } from './case-access';
import { summarise } from './case-view';
import { applications, type ApplicationStatus } from './tables';

export interface ListFilter {
  status?: ApplicationStatus | undefined;
  item?: string | undefined;
  deadline?: 'on_time' | 'approaching' | 'overdue' | undefined;
  escalated?: boolean | undefined;
  assigned?: 'me' | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Urgency: overdue, then approaching, then the nearest due date; cases without a clock last. */
const urgency = sql`CASE ${applications.deadlineState} WHEN 'overdue' THEN 0 WHEN 'approaching' THEN 1 ELSE 2 END`;

/**
 * Citizens: their own applications (a life event as one), newest first. Staff: the inbox of their departments ×
 * region subtrees, most urgent first, with filters.
 */
export async function listApplications(ctx: UseCaseContext, filter: ListFilter) {
  const actor = ctx.actor!;
  const offset = decodeCursor(filter.cursor);
  const where: (SQL | undefined)[] = [visibleCases(actor), ne(applications.status, 'draft')];
  if (filter.status) where.push(eq(applications.status, filter.status));
  if (filter.item) where.push(eq(applications.itemCode, filter.item));
  if (filter.deadline) where.push(eq(applications.deadlineState, filter.deadline), isNotNull(applications.dueOn));
  if (filter.escalated) where.push(isNotNull(applications.escalatedAt));
  if (filter.assigned === 'me') where.push(eq(applications.assigneeId, actor.userId));
  const isStaff = actor.kind === 'staff';
  if (!isStaff) where.push(ne(applications.kind, 'child'));
  const rows = await ctx.db
    .select()
    .from(applications)
    .where(and(...where))
    .orderBy(...(isStaff ? [urgency, sql`${applications.dueOn} ASC NULLS LAST`, asc(applications.submittedAt)] : [desc(applications.createdAt)]), asc(applications.id))
    .limit(filter.limit + 1)
    .offset(offset);
  const page = rows.slice(0, filter.limit);
  return { items: await summarise(ctx, page), nextCursor: rows.length > filter.limit ? Buffer.from(String(offset + filter.limit)).toString('base64url') : null };
}

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const n = Number(Buffer.from(cursor, 'base64url').toString());
  return Number.isInteger(n) && n >= 0 ? n : 0;
}
