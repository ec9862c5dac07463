import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { todayInChina } from '../../platform/calendar/working-calendar';
import { systemContext, type Services } from '../../platform/context';
import type { AttemptJobDefinition, JobDefinition, JobQueue } from '../../platform/jobs/job-queue';
import { staffHolding } from '../identity/person-facts';
import type { StaffRoleName } from '../identity/tables';
import { loadCaseItem } from './targets';
import { clockOf } from './clock';
import { deadlineState, type DeadlineState } from './deadline';
import { journal } from './record-transition';
import { applications } from './tables';
import { emitEvent } from '../../platform/jobs/outbox';

// Deadline timers: pg-boss jobs that start at 00:00 China time of the approaching day and of the day after the due
// date. They live in the database (surviving restarts); each (case, kind, due date) has one event id and its effect runs once
// through processed_events, however many API processes work the queue. A sweep re-checks open cases now and then
// so a timer lost between commit and scheduling is made good.

export const CHECK_JOB = 'applications.deadline_check';
export const SCHEDULE_JOB = 'applications.schedule_timers';

const RANK: Record<DeadlineState, number> = { on_time: 0, approaching: 1, overdue: 2 };

/** 00:00 in China (UTC+8) on a date. */
function chinaMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function timerKey(applicationId: string, kind: 'approaching' | 'overdue', dueOn: string): string {
  return `deadline:${applicationId}:${kind}:${dueOn}`;
}

export function deadlineJobs(services: Services, jobs: JobQueue): (JobDefinition<Record<string, unknown>> | AttemptJobDefinition<Record<string, unknown>>)[] {
  // Outside any transaction: pg-boss sends through its own connection, which on PGlite (one connection) would wait
  // forever for a handler transaction that holds it. Sending a timer twice is harmless: a check runs once per key.
  const schedule: AttemptJobDefinition<{ applicationId?: string; dueOn?: string; approachingOn?: string }> = {
    name: SCHEDULE_JOB,
    async run(_db, p) {
      if (!p.applicationId || !p.dueOn || !p.approachingOn) return;
      const timers = [
        { kind: 'approaching' as const, at: chinaMidnight(p.approachingOn) },
        { kind: 'overdue' as const, at: chinaMidnight(nextDay(p.dueOn)) },
      ];
      for (const t of timers) {
        const key = timerKey(p.applicationId, t.kind, p.dueOn);
        await jobs.send(CHECK_JOB, { applicationId: p.applicationId, kind: t.kind, dueOn: p.dueOn, eventId: key }, { singletonKey: key, startAfter: t.at });
      }
    },
  };

  const check: JobDefinition<{ applicationId?: string; kind?: string; dueOn?: string }> = {
    name: CHECK_JOB,
    async handle(tx, p) {
      if (!p.applicationId) return;
      const [row] = await tx.select().from(applications).where(eq(applications.id, p.applicationId)).for('update');
      const clock = row ? clockOf(row) : null;
      // A superseded timer (the due date moved, the case left review) does nothing.
      if (!row || !clock || row.dueOn !== p.dueOn || !['in_review', 'supplement_requested'].includes(row.status)) return;
      const state = deadlineState(services.calendar, clock, todayInChina());
      if (RANK[state] <= RANK[row.deadlineState]) return;
      const ctx = { ...systemContext({ ...services, db: tx }, 'deadline-timer') };
      const escalate = state === 'overdue';
      const [updated] = await tx
        .update(applications)
        .set({ deadlineState: state, version: row.version + 1, updatedAt: new Date(), ...(escalate ? { escalatedAt: new Date() } : {}) })
        .where(eq(applications.id, row.id))
        .returning();
      await journal(tx, ctx, row.status, updated!, { action: escalate ? 'escalate' : 'deadline-approaching', to: row.status, details: { dueOn: row.dueOn } });
      // The handler (the assignee, else everyone holding the current step's role) and the department head.
      const item = row.itemCode && row.itemVersion ? await loadCaseItem(tx, row.itemCode, row.itemVersion) : null;
      const stepRole = item?.workflow[row.stepIndex]?.role as StaffRoleName | undefined;
      const handlers = row.assigneeId ? [{ id: row.assigneeId }] : row.departmentId && stepRole ? await staffHolding(tx, row.departmentId, [stepRole]) : [];
      const heads = row.departmentId ? await staffHolding(tx, row.departmentId, ['department_head']) : [];
      const recipients = [...new Set([...handlers, ...heads].map((h) => h.id))];
      await emitEvent(tx, 'applications.deadline', {
        applicationId: row.id,
        caseNumber: row.caseNumber,
        state,
        dueOn: row.dueOn,
        recipientIds: recipients,
        titleZh: row.titleZh,
        titleEn: row.titleEn,
        link: `/console/applications/${row.id}`,
      });
    },
  };
  return [schedule, check];
}

/** Re-checks open cases whose stored state is behind the calendar (timers lost or the clock moved). */
export async function sweepDeadlines(services: Services, jobs: JobQueue): Promise<number> {
  const today = todayInChina();
  const open = await services.db
    .select()
    .from(applications)
    .where(and(inArray(applications.status, ['in_review', 'supplement_requested']), isNotNull(applications.dueOn), ne(applications.deadlineState, 'overdue')));
  let sent = 0;
  for (const row of open) {
    const clock = clockOf(row);
    if (!clock || !row.dueOn) continue;
    const state = deadlineState(services.calendar, clock, today);
    if (RANK[state] <= RANK[row.deadlineState]) continue;
    const kind = state === 'overdue' ? 'overdue' : 'approaching';
    const key = timerKey(row.id, kind, row.dueOn);
    // Its own id: the state check under the row lock (states only move forward) keeps the effect single.
    const id = `${key}:sweep:${today}`;
    await jobs.send(CHECK_JOB, { applicationId: row.id, kind, dueOn: row.dueOn, eventId: id }, { singletonKey: id });
    sent += 1;
  }
  return sent;
}
