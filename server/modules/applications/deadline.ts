import type { WorkingCalendar } from '../../platform/calendar/working-calendar';

// The SLA clock: the promised limit in working days from the day after acceptance, on the official calendar.
// Supplement periods do not count; extensions add days.

export interface Clock {
  acceptedOn: string;
  promisedDays: number;
  extensionDays: number;
  /** Working days already spent waiting for supplements. */
  pausedDays: number;
  /** Set while a supplement is awaited: the clock stands still from that day. */
  pausedOn: string | null;
}

export type DeadlineState = 'on_time' | 'approaching' | 'overdue';

/** Share of the limit after which a case is "approaching" its deadline. */
export const APPROACHING_SHARE = 0.8;

export function limitOf(clock: Clock): number {
  return clock.promisedDays + clock.extensionDays;
}

/** The due date: the limit plus the paused days, counted after acceptance. */
export function dueDate(calendar: WorkingCalendar, clock: Clock): { date: string; provisional: boolean } {
  return calendar.addWorkingDays(clock.acceptedOn, limitOf(clock) + clock.pausedDays);
}

/** Working days of the limit used by `today` (paused days excluded; frozen while paused). */
export function usedDays(calendar: WorkingCalendar, clock: Clock, today: string): number {
  const until = clock.pausedOn && clock.pausedOn < today ? clock.pausedOn : today;
  return Math.max(0, calendar.workingDaysBetween(clock.acceptedOn, until) - clock.pausedDays);
}

export function deadlineState(calendar: WorkingCalendar, clock: Clock, today: string): DeadlineState {
  const limit = limitOf(clock);
  const used = usedDays(calendar, clock, today);
  if (clock.pausedOn === null && today > dueDate(calendar, clock).date) return 'overdue';
  if (used > limit) return 'overdue';
  if (limit === 0 || used >= Math.ceil(limit * APPROACHING_SHARE)) return 'approaching';
  return 'on_time';
}

/** The first day the case counts as approaching: when ⌈80 %⌉ of the limit is used. */
export function approachingDate(calendar: WorkingCalendar, clock: Clock): string {
  return calendar.addWorkingDays(clock.acceptedOn, Math.ceil(limitOf(clock) * APPROACHING_SHARE) + clock.pausedDays).date;
}

/** Working days left until the due date (negative when overdue), for "n working days left" in the portal. */
export function workingDaysLeft(calendar: WorkingCalendar, clock: Clock, today: string): number {
  const due = dueDate(calendar, clock).date;
  return today <= due ? calendar.workingDaysBetween(today, due) : -calendar.workingDaysBetween(due, today);
}
