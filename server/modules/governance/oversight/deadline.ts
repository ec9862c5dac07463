import { todayInChina, type WorkingCalendar } from '../../../platform/calendar/working-calendar';
import type { Urgency } from '../model';

// Used by the dispatch action and the oversight timers. Urgent incidents run on the clock (hours, day or night);
// the others on the official calendar: due at the end of the Nth working day after the dispatch day, China time.

/** When an incident dispatched at `from` is due: urgent → hours later; otherwise working days on the official calendar. */
export function incidentDeadline(calendar: WorkingCalendar, category: { urgentHours: number; workingDays: number }, urgency: Urgency, from: Date): { deadlineAt: Date; provisional: boolean } {
  if (urgency === 'urgent') return { deadlineAt: new Date(from.getTime() + category.urgentHours * 3600_000), provisional: false };
  const due = calendar.addWorkingDays(todayInChina(from), category.workingDays);
  return { deadlineAt: new Date(`${due.date}T23:59:59+08:00`), provisional: due.provisional };
}
