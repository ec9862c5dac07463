import type { Executor } from '../../db/client';
import type { YearArrangement } from './tables';

/** Dates are ISO `YYYY-MM-DD` strings in China Standard Time; nothing here knows about time zones or clocks. */
export interface DayInfo {
  date: string;
  working: boolean;
  /** Holiday or adjusted-working-day name (e.g. 春节, 国庆节调休), null for ordinary days. */
  name: string | null;
  /** True when the year's official arrangement is not loaded and the fallback rules decided. */
  provisional: boolean;
}

/** The official working-day calendar (public holidays and adjusted working days) behind one interface. */
export interface WorkingCalendar {
  day(date: string): DayInfo;
  /** The date that is `n` working days after `from`, counting from the next day (n = 0 → `from`). */
  addWorkingDays(from: string, n: number): { date: string; provisional: boolean };
  /** Working days in (from, to]; 0 when `to` is not after `from`. */
  workingDaysBetween(from: string, to: string): number;
  /** Years covered by the bundled official arrangements. */
  bundledYears(): number[];
  /** Installs one year's administrator-loaded arrangement on this process (after it was stored). */
  setYear(year: number, arrangement: YearArrangement): void;
  /** Re-reads the administrator-loaded years from the database (other processes' loads included). */
  refresh(exec: Executor): Promise<void>;
}

/** Today's date in China Standard Time (UTC+8), as the calendar counts it. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
