import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/context';
import { addDays } from '../../../platform/calendar/iso-date';
import { loadPersonFacts } from '../../identity/person-facts';
import { findDepartmentsByIds } from '../../identity/org-lookups';
import type { UsageMethod } from '../model';
import { exchangeRecords, usageReports } from '../tables';
import { presentUsage, type UsageItem } from './usage-view';

// 谁用了我的数据: every exchange record whose subject is the signed-in citizen (resident ID) or enterprise (credit
// code), newest first. Only the caller's own rows: the subject's blind index is in the WHERE of every query.

export interface UsageFilter {
  from?: string | undefined;
  to?: string | undefined;
  department?: string | undefined;
  method?: UsageMethod | undefined;
  cursor?: number | undefined;
  limit?: number | undefined;
}

/** The caller's subject blind index (null for an account with neither identifier). */
export async function mySubjectBidx(ctx: UseCaseContext): Promise<string | null> {
  const facts = await loadPersonFacts(ctx.db, ctx.cipher, ctx.actor!.userId);
  if (facts?.kind === 'citizen' && facts.idNumber) return ctx.cipher.blindIndex('id_number', facts.idNumber);
  if (facts?.kind === 'enterprise' && facts.creditCode) return ctx.cipher.blindIndex('credit_code', facts.creditCode);
  return null;
}

/** Dates are China dates: from 00:00 (UTC+8) of `from` to the end of `to`. */
function filters(subject: string, f: UsageFilter): SQL {
  const conditions: SQL[] = [eq(exchangeRecords.subjectBidx, subject)];
  if (f.from) conditions.push(gte(exchangeRecords.at, new Date(`${f.from}T00:00:00+08:00`)));
  if (f.to) conditions.push(lt(exchangeRecords.at, new Date(`${addDays(f.to, 1)}T00:00:00+08:00`)));
  if (f.department) conditions.push(eq(exchangeRecords.callerDepartmentId, f.department));
  if (f.method) conditions.push(eq(exchangeRecords.method, f.method));
  if (f.cursor) conditions.push(lt(exchangeRecords.id, f.cursor));
  return and(...conditions)!;
}

export async function listMyDataUsage(ctx: UseCaseContext, filter: UsageFilter): Promise<{ items: (UsageItem & { reported: boolean })[]; nextCursor: number | null; departments: { id: string; name: { zh: string; en: string } }[] }> {
  const subject = await mySubjectBidx(ctx);
  if (!subject) return { items: [], nextCursor: null, departments: [] };
  const limit = filter.limit ?? 50;
  const rows = await ctx.db
    .select()
    .from(exchangeRecords)
    .where(filters(subject, filter))
    .orderBy(desc(exchangeRecords.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const reported = new Set(
    page.length
      ? (
          await ctx.db
            .select({ recordId: usageReports.recordId })
            .from(usageReports)
            .where(and(eq(usageReports.reporterUserId, ctx.actor!.userId), sql`${usageReports.recordId} IN (${sql.join(page.map((r) => sql`${r.id}`), sql`, `)})`))
        ).map((r) => r.recordId)
      : [],
  );
  const callers = await ctx.db
    .selectDistinct({ id: exchangeRecords.callerDepartmentId })
    .from(exchangeRecords)
    .where(eq(exchangeRecords.subjectBidx, subject));
  const departments = (await findDepartmentsByIds(ctx.db, callers.flatMap((c) => (c.id ? [c.id] : [])))).map((d) => ({ id: d.id, name: { zh: d.name, en: d.nameEn ?? d.name } }));
  const items = (await presentUsage(ctx.db, ctx.actor, page)).map((i) => ({ ...i, reported: reported.has(i.id) }));
  return { items, nextCursor: rows.length > limit ? page[page.length - 1]!.id : null, departments };
}

/** Every matching row (at most 5,000, newest first) for the export. */
export async function allMyDataUsage(ctx: UseCaseContext, filter: Omit<UsageFilter, 'cursor' | 'limit'>): Promise<UsageItem[]> {
  const subject = await mySubjectBidx(ctx);
  if (!subject) return [];
  const rows = await ctx.db.select().from(exchangeRecords).where(filters(subject, filter)).orderBy(desc(exchangeRecords.id)).limit(5000);
  return presentUsage(ctx.db, ctx.actor, rows);
}
