import { todayInChina, type WorkingCalendar } from '../../../platform/calendar/working-calendar';
import { governanceSettings } from '../incidents/settings';
import type { DeadlineState, IncidentStatus, Urgency } from '../model';

// When each oversight step of a dispatched incident falls due. Pure (given the settings): the timers, the sweep and
// the check under the row lock all compute the same instants from the row, so a late or early delivery is judged by
// the clock.

/** Share of the time from dispatch to the deadline after which an incident is "approaching". */
export const APPROACHING_SHARE = 0.8;

/** Urgent incidents climb the ladder on the clock: street, district, city this many hours after dispatch. */
export function urgentEscalationHours(): readonly [number, number, number] {
  return governanceSettings().urgentEscalationHours;
}

/** Statuses in which the department still owes the work, so the deadline runs and the ladder climbs. */
export const TIMED_STATUSES: readonly IncidentStatus[] = ['dispatched', 'accepted', 'in_progress', 'returned'];

export const LADDER = ['street', 'district', 'city'] as const;
export type LadderLevel = (typeof LADDER)[number];

export const STATE_RANK: Record<DeadlineState, number> = { on_time: 0, approaching: 1, overdue: 2 };

export interface TimedIncident {
  urgency: Urgency;
  dispatchedAt: Date;
  deadlineAt: Date;
}

export interface StepTimes {
  approachingAt: Date;
  overdueAt: Date;
  /** Escalation to level 1 (street), 2 (district), 3 (city). */
  escalateAt: [Date, Date, Date];
}

/** The end of a China date (its last second, so the next day's first instant is "after"). */
function endOfChinaDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

export function stepTimes(calendar: WorkingCalendar, incident: TimedIncident): StepTimes {
  const from = incident.dispatchedAt.getTime();
  const due = incident.deadlineAt.getTime();
  const approachingAt = new Date(from + Math.max(0, due - from) * APPROACHING_SHARE);
  // Overdue once the deadline itself has passed (a deadline at 23:59:59 is overdue from the next midnight).
  const overdueAt = new Date(due + 1000);
  if (incident.urgency === 'urgent') {
    const [s, d, c] = urgentEscalationHours().map((h) => new Date(from + h * 3600_000));
    return { approachingAt, overdueAt, escalateAt: [s!, d!, c!] };
  }
  // Normal incidents: the street when approaching, the district when overdue, the city one working day later.
  const cityDay = calendar.addWorkingDays(todayInChina(incident.deadlineAt), 1).date;
  return { approachingAt, overdueAt, escalateAt: [approachingAt, overdueAt, new Date(endOfChinaDay(cityDay).getTime() + 1)] };
}

/** The deadline state the clock says the incident is in (never behind what is stored: states only move forward). */
export function dueState(times: StepTimes, now: Date): DeadlineState {
  if (now >= times.overdueAt) return 'overdue';
  if (now >= times.approachingAt) return 'approaching';
  return 'on_time';
}

/** The escalation level the clock says the incident has reached (0–3). */
export function dueLevel(times: StepTimes, now: Date): number {
  return times.escalateAt.filter((at) => now >= at).length;
}
