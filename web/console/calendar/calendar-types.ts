// What the calendar API answers (server/platform/calendar/routes.ts).

export interface DayInfo {
  date: string;
  working: boolean;
  name: string | null;
  provisional: boolean;
}

export interface WorkingDaysAnswer {
  date: string;
  provisional: boolean;
}

export interface LoadedYear {
  year: number;
  loadedAt: string;
  loadedBy: string;
  holidays: number;
  workdays: number;
}

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
