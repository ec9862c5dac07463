import { asc } from 'drizzle-orm';
import type { UseCaseContext } from '../context';
import { summarise, type LoadedYear } from './load-calendar-year';
import { calendarYears } from './tables';

/** The years the bundled data covers and the years administrators loaded (read from the database, not this process). */
export async function listCalendarYears(ctx: UseCaseContext): Promise<{ bundled: number[]; loaded: LoadedYear[] }> {
  const rows = await ctx.db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  return { bundled: ctx.calendar.bundledYears(), loaded: rows.map(summarise) };
}
