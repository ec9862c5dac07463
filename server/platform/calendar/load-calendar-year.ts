import { sql } from 'drizzle-orm';
import { appendAudit } from '../audit/append-audit';
import type { UseCaseContext } from '../context';
import { AppError } from '../errors/app-error';
import { calendarYears, type YearArrangement } from './tables';
import { arrangementProblems } from './validate-arrangement';

export interface LoadedYear {
  year: number;
  loadedAt: string;
  loadedBy: string;
  holidays: number;
  workdays: number;
}

/**
 * Loads (or replaces) a year's official arrangement, e.g. when the State Council publishes the next year's notice.
 * Stored and audited in one transaction; this process uses it at once, the others at their next refresh.
 */
export async function loadCalendarYear(ctx: UseCaseContext, year: number, arrangement: YearArrangement): Promise<LoadedYear> {
  const problems = arrangementProblems(year, arrangement, ctx.lang);
  if (problems.length > 0) throw new AppError('calendar.arrangement_invalid', { details: problems });
  const loadedBy = ctx.actor?.username ?? ctx.actor?.userId ?? `system:${ctx.origin ?? 'unknown'}`;
  const row = await ctx.db.transaction(async (tx) => {
    const [stored] = await tx
      .insert(calendarYears)
      .values({ year, arrangement, loadedBy })
      .onConflictDoUpdate({ target: calendarYears.year, set: { arrangement, loadedBy, loadedAt: sql`now()` } })
      .returning();
    if (!stored) throw new Error('calendar year upsert returned no row');
    await appendAudit(tx, ctx, {
      action: 'calendar.year_loaded',
      objectType: 'calendar_year',
      objectId: String(year),
      details: { holidays: Object.keys(arrangement.holidays).length, workdays: Object.keys(arrangement.workdays).length },
    });
    return stored;
  });
  ctx.calendar.setYear(year, row.arrangement);
  return summarise(row);
}

export function summarise(row: typeof calendarYears.$inferSelect): LoadedYear {
  return {
    year: row.year,
    loadedAt: row.loadedAt.toISOString(),
    loadedBy: row.loadedBy,
    holidays: Object.keys(row.arrangement.holidays).length,
    workdays: Object.keys(row.arrangement.workdays).length,
  };
}
