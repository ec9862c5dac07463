import type { WorkingCalendar } from '../../../platform/calendar/working-calendar';
import type { RequestStatus } from '../model';

// Step deadlines of a sharing request (a provincial rule): the compliance check within 2 working days, the
// provider within 5 (10 when the data is not yet released), the higher authority within 5. Counted on the official
// working-day calendar from the day the step began (China date).

export type StepDeadlineState = 'on_time' | 'approaching' | 'overdue';

/** Share of a step's working days after which it counts as approaching (the reminder fires then). */
export const APPROACHING_SHARE = 0.8;

export const OPEN_STEPS: readonly RequestStatus[] = ['compliance_check', 'provider_review', 'higher_review'];

export function isOpenStep(status: RequestStatus): boolean {
  return OPEN_STEPS.includes(status);
}

/** Working days a step may take; the provider gets 10 when the resource is not yet released. */
export function stepWorkingDays(step: RequestStatus, resource: { releasedOn: string | null }, today: string): number {
  if (step === 'compliance_check') return 2;
  if (step === 'provider_review') return resource.releasedOn === null || resource.releasedOn > today ? 10 : 5;
  return 5;
}

/** On time, approaching (due today, or ⌈80 %⌉ of the step's working days used) or overdue (after the due date). */
export function stepDeadlineState(calendar: WorkingCalendar, step: { startedOn: string; dueOn: string }, today: string): StepDeadlineState {
  if (today > step.dueOn) return 'overdue';
  if (today === step.dueOn) return 'approaching';
  const limit = calendar.workingDaysBetween(step.startedOn, step.dueOn);
  const used = calendar.workingDaysBetween(step.startedOn, today);
  return limit === 0 || used >= Math.ceil(limit * APPROACHING_SHARE) ? 'approaching' : 'on_time';
}

/** The China date of an instant (a step begins on the day of the decision that opened it). */
export function chinaDateOf(at: Date | string): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}
