import type { WorkingCalendar } from '../../../platform/calendar/working-calendar';
import type { Urgency } from '../model';

// OWNER: oversight helper. Contract used by the dispatch action; replace the body, keep the signature.

/** When an incident dispatched at `from` is due: urgent → hours later; otherwise working days on the official calendar. */
export function incidentDeadline(calendar: WorkingCalendar, category: { urgentHours: number; workingDays: number }, urgency: Urgency, from: Date): { deadlineAt: Date; provisional: boolean } {
  void calendar;
  void category;
  void urgency;
  void from;
  throw new Error('incidentDeadline: not implemented yet');
}
