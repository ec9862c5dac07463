import type { Tx } from '../../db/client';
import { todayInChina, type WorkingCalendar } from '../../platform/calendar/working-calendar';
import { emitEvent } from '../../platform/jobs/outbox';
import { approachingDate, deadlineState, dueDate, workingDaysLeft, type Clock } from './deadline';
import type { ApplicationRow } from './record-transition';
import { CLOCKED_STATUSES } from './workflow';

export function clockOf(row: Pick<ApplicationRow, 'acceptedOn' | 'promisedDays' | 'extensionDays' | 'pausedDays' | 'pausedOn'>): Clock | null {
  if (!row.acceptedOn) return null;
  return { acceptedOn: row.acceptedOn, promisedDays: row.promisedDays, extensionDays: row.extensionDays, pausedDays: row.pausedDays, pausedOn: row.pausedOn };
}

/** Due date, provisional flag and state for a clock (the columns a case stores). */
export function clockColumns(calendar: WorkingCalendar, clock: Clock, today = todayInChina()) {
  const due = dueDate(calendar, clock);
  return { dueOn: due.date, dueProvisional: due.provisional, deadlineState: deadlineState(calendar, clock, today) };
}

/** The deadline as a list shows it: state now (computed, so never stale) and working days left. */
export function deadlineNow(calendar: WorkingCalendar, row: ApplicationRow, today = todayInChina()) {
  const clock = clockOf(row);
  // A life event's joint limit runs from submission while its children are open.
  const running = clock !== null && (CLOCKED_STATUSES.includes(row.status) || (row.kind === 'bundle' && row.status === 'in_progress'));
  return {
    deadlineState: running ? deadlineState(calendar, clock, today) : ('on_time' as const),
    workingDaysLeft: running ? workingDaysLeft(calendar, clock, today) : null,
  };
}

/** Asks for the deadline timers of a clock (approaching, overdue) once the change commits. */
export async function scheduleTimers(tx: Tx, calendar: WorkingCalendar, row: ApplicationRow): Promise<void> {
  const clock = clockOf(row);
  if (!clock || !row.dueOn) return;
  await emitEvent(tx, 'applications.clock_set', { applicationId: row.id, dueOn: row.dueOn, approachingOn: approachingDate(calendar, clock) });
}
