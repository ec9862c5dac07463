import { eq } from 'drizzle-orm';
import { todayInChina } from '../../platform/calendar/working-calendar';
import { AppError, ProblemList } from '../../platform/errors/app-error';
import { staffHolding } from '../identity/person-facts';
import { advanceBundle } from './bundle-progress';
import { clockColumns, clockOf, scheduleTimers } from './clock';
import { requireText, type ActionContext } from './intake-actions';
import { recordTransition, type ApplicationRow } from './record-transition';
import { applications } from './tables';
import { OPEN_STATUSES } from './workflow';

/** 撤回: by the applicant before a decision; withdrawing a life event withdraws every open child. */
export async function withdrawCase(a: ActionContext): Promise<ApplicationRow> {
  const reason = a.body.reason?.trim() || null;
  const withdrawn = await recordTransition(a.tx, a.ctx, a.row, { action: 'withdraw', to: 'withdrawn', expectedVersion: a.expectedVersion, note: reason, changes: { completedAt: new Date() } });
  if (a.row.kind === 'bundle') {
    const children = await a.tx.select().from(applications).where(eq(applications.parentId, a.row.id)).for('update');
    for (const child of children.filter((c) => OPEN_STATUSES.includes(c.status))) {
      await recordTransition(a.tx, a.ctx, child, { action: 'withdraw', to: 'withdrawn', note: reason, changes: { completedAt: new Date() } });
    }
  } else {
    await advanceBundle(a.tx, a.ctx, withdrawn);
  }
  return withdrawn;
}

/** 延期: approved by an approver; the applicant is told the reason and the new date. */
export async function extendCase(a: ActionContext): Promise<ApplicationRow> {
  const problems = new ProblemList();
  const reason = requireText(problems, 'reason', a.body.reason, 'reason_required');
  const days = a.body.days ?? 0;
  if (!Number.isInteger(days) || days < 1 || days > 60) problems.add('days', days < 1 ? 'minimum' : 'maximum', '');
  problems.throwIfAny();
  const clock = clockOf(a.row);
  if (!clock) throw new AppError('applications.action_not_allowed');
  const next = { ...clock, extensionDays: clock.extensionDays + days };
  const columns = clockColumns(a.ctx.calendar, next, todayInChina());
  const extended = await recordTransition(a.tx, a.ctx, a.row, {
    action: 'extend',
    to: a.row.status,
    expectedVersion: a.expectedVersion,
    note: reason,
    details: { days, newDueOn: columns.dueOn },
    event: { newDueOn: columns.dueOn, days },
    changes: { extensionDays: next.extensionDays, ...columns },
  });
  await scheduleTimers(a.tx, a.ctx.calendar, extended);
  return extended;
}

/** 认领: the staff member takes the case for the current step. */
export async function claimCase(a: ActionContext): Promise<ApplicationRow> {
  return recordTransition(a.tx, a.ctx, a.row, { action: 'claim', to: a.row.status, expectedVersion: a.expectedVersion, changes: { assigneeId: a.ctx.actor!.userId } });
}

/** 指派: to a member of the handling department who holds the current step's role. */
export async function assignCase(a: ActionContext): Promise<ApplicationRow> {
  const role = a.steps[a.row.stepIndex]?.role;
  const assigneeId = a.body.assigneeId ?? '';
  const holders = role && a.row.departmentId ? await staffHolding(a.tx, a.row.departmentId, [role]) : [];
  const member = holders.find((h) => h.id === assigneeId);
  if (!member) {
    const problems = new ProblemList();
    problems.add('assigneeId', 'not_in_department', '');
    problems.throwIfAny();
  }
  return recordTransition(a.tx, a.ctx, a.row, { action: 'assign', to: a.row.status, expectedVersion: a.expectedVersion, changes: { assigneeId }, details: { assigneeId } });
}
