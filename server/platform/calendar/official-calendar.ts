import type { Executor } from '../../db/client';
import { bundledYears } from './bundled-years';
import { fallbackArrangement } from './fallback-rule';
import { addDays, isWeekend, yearOf } from './iso-date';
import { calendarYears, type YearArrangement } from './tables';
import type { DayInfo, WorkingCalendar } from './working-calendar';

/**
 * The official calendar: a year an administrator loaded wins, then the bundled State Council arrangements
 * (`chinese-days`), then the statutory-holiday fallback (provisional). Loaded years come from `calendar_years`
 * through `refresh`, which the runtime repeats so every process sees another process's load within a minute.
 */
export class OfficialCalendar implements WorkingCalendar {
  private loaded = new Map<number, YearArrangement>();
  private readonly fallbacks = new Map<number, YearArrangement>();
  /** Years set on this process, with the sequence number of the write, so a slower refresh cannot undo them. */
  private readonly localWrites = new Map<number, { arrangement: YearArrangement; seq: number }>();
  private seq = 0;

  day(date: string): DayInfo {
    const year = yearOf(date);
    const official = this.loaded.get(year) ?? bundledYears.get(year);
    const arrangement = official ?? this.fallback(year);
    const provisional = official === undefined;
    const holiday = arrangement.holidays[date];
    if (holiday !== undefined) return { date, working: false, name: holiday, provisional };
    const workday = arrangement.workdays[date];
    if (workday !== undefined) return { date, working: true, name: workday, provisional };
    return { date, working: !isWeekend(date), name: null, provisional };
  }

  addWorkingDays(from: string, n: number): { date: string; provisional: boolean } {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer: ${n}`);
    let date = addDays(from, 0);
    let provisional = false;
    for (let counted = 0; counted < n; ) {
      date = addDays(date, 1);
      const info = this.day(date);
      provisional ||= info.provisional;
      if (info.working) counted++;
    }
    return { date, provisional };
  }

  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) if (this.day(date).working) count++;
    return count;
  }

  bundledYears(): number[] {
    return [...bundledYears.keys()].sort((a, b) => a - b);
  }

  loadedYears(): number[] {
    return [...this.loaded.keys()].sort((a, b) => a - b);
  }

  /** Installs a year's loaded arrangement on this process (after it was stored). */
  setYear(year: number, arrangement: YearArrangement): void {
    this.seq++;
    this.localWrites.set(year, { arrangement, seq: this.seq });
    this.loaded.set(year, arrangement);
  }

  /** Re-reads every loaded year; rows deleted from the database fall back to the bundled data again. */
  async refresh(exec: Executor): Promise<void> {
    const startedAt = this.seq;
    const rows = await exec.select({ year: calendarYears.year, arrangement: calendarYears.arrangement }).from(calendarYears);
    const loaded = new Map(rows.map((row) => [row.year, row.arrangement] as const));
    for (const [year, write] of this.localWrites) {
      if (write.seq > startedAt) loaded.set(year, write.arrangement);
      else this.localWrites.delete(year);
    }
    this.loaded = loaded;
  }

  private fallback(year: number): YearArrangement {
    let arrangement = this.fallbacks.get(year);
    if (!arrangement) this.fallbacks.set(year, (arrangement = fallbackArrangement(year)));
    return arrangement;
  }
}
