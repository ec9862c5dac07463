// What the calendar API answers: the server's own types (type-only imports; no server code in the bundle).
import type { LoadedYear } from '../../../server/platform/calendar/load-calendar-year';
import type { WorkingCalendar } from '../../../server/platform/calendar/working-calendar';

export type { DayInfo } from '../../../server/platform/calendar/working-calendar';
export type { LoadedYear };
export type WorkingDaysAnswer = ReturnType<WorkingCalendar['addWorkingDays']>;

export interface CalendarYears {
  bundled: number[];
  loaded: LoadedYear[];
}

/** "2004–2026" for a run of consecutive years, otherwise the years one by one. */
export function yearRanges(years: readonly number[]): { first: number; last: number }[] {
  const ranges: { first: number; last: number }[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last !== undefined && year === last.last + 1) last.last = year;
    else ranges.push({ first: year, last: year });
  }
  return ranges;
}
