import { and, eq, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { Services } from '../../../platform/context';
import type { AttemptJobDefinition, JobDefinition, JobQueue } from '../../../platform/jobs/job-queue';
import { incidents } from '../tables';
import { applyOversightStep, type OversightStep } from './apply-step';
import { systemClock, type OversightClock } from './clock';
import { dueLevel, dueState, STATE_RANK, stepTimes, TIMED_STATUSES, urgentEscalationHours, type StepTimes } from './ladder';

// Oversight timers: when an incident is dispatched (or reopened, or dispatched again after a return), pg-boss jobs
// are scheduled for the moment it approaches its deadline, passes it, and reaches each rung of the escalation
// ladder. They live in the database and survive restarts; each has one event id (its singleton key), so its effect
// runs once through processed_events, and the check under the row lock only moves forward, so a second delivery
// under another id (the sweep's) changes nothing either.

export const SCHEDULE_JOB = 'governance.oversight_schedule';
export const CHECK_JOB = 'governance.oversight_check';

interface TransitionedPayload {
  incidentId?: string;
  from?: string | null;
  to?: string;
}

interface CheckPayload {
  incidentId?: string;
  step?: OversightStep;
  level?: number;
  dispatchedAt?: string;
}

/** pg-boss starts a timer by the database's clock; a process clock a little behind still sees the step as due. */
const TIMER_GRACE_MS = 2000;

/**
 * Only a move into `dispatched` starts a clock (dispatch, automatic dispatch, reopen); the oversight steps themselves
 * keep the status and are not moves. The relay sends the schedule job only for these.
 */
export function startsClock(p: TransitionedPayload): boolean {
  return p.to === 'dispatched' && p.from !== 'dispatched';
}

export function timerKey(incidentId: string, dispatchedAt: Date, step: OversightStep, level?: number): string {
  return `incident-timer:${incidentId}:${dispatchedAt.getTime()}:${step}${level ? `:${level}` : ''}`;
}

/** Every timer of one dispatch: when it fires and what it checks. */
export function timersOf(incidentId: string, dispatchedAt: Date, times: StepTimes): { key: string; at: Date; payload: Required<Omit<CheckPayload, 'level'>> & { level?: number } }[] {
  const base = { incidentId, dispatchedAt: dispatchedAt.toISOString() };
  return [
    { key: timerKey(incidentId, dispatchedAt, 'approaching'), at: times.approachingAt, payload: { ...base, step: 'approaching' as const } },
    { key: timerKey(incidentId, dispatchedAt, 'overdue'), at: times.overdueAt, payload: { ...base, step: 'overdue' as const } },
    ...times.escalateAt.map((at, i) => ({ key: timerKey(incidentId, dispatchedAt, 'escalate', i + 1), at, payload: { ...base, step: 'escalate' as const, level: i + 1 } })),
  ];
}

async function scheduleFor(db: Db, services: Services, jobs: JobQueue, incidentId: string): Promise<number> {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, incidentId));
  if (!row?.dispatchedAt || !row.deadlineAt || !TIMED_STATUSES.includes(row.status)) return 0;
  const times = stepTimes(services.calendar, { urgency: row.urgency, dispatchedAt: row.dispatchedAt, deadlineAt: row.deadlineAt });
  const timers = timersOf(row.id, row.dispatchedAt, times);
  await jobs.sendMany(timers.map((t) => ({ name: CHECK_JOB, payload: { ...t.payload, eventId: t.key }, singletonKey: t.key, startAfter: t.at })));
  return timers.length;
}

export function oversightJobs(services: Services, jobs: JobQueue, clock: OversightClock = systemClock): (JobDefinition<Record<string, unknown>> | AttemptJobDefinition<Record<string, unknown>>)[] {
  // Outside any transaction: pg-boss sends through its own connection, which on PGlite (one connection) would wait
  // for a handler transaction that holds it. Scheduling twice is harmless: each check runs once per key.
  const schedule: AttemptJobDefinition<TransitionedPayload> = {
    name: SCHEDULE_JOB,
    // Scheduling again is harmless (each check runs once per key), so a burst of dispatches is fetched 20 at a time.
    batchSize: 20,
    async run(db, p) {
      if (!p.incidentId || !startsClock(p)) return;
      await scheduleFor(db, services, jobs, p.incidentId);
    },
  };
  const check: JobDefinition<CheckPayload> = {
    name: CHECK_JOB,
    async handle(tx, p) {
      if (!p.incidentId || !p.step || !['approaching', 'overdue', 'escalate'].includes(p.step)) return;
      await applyOversightStep(tx, services, new Date(clock.now().getTime() + TIMER_GRACE_MS), p.incidentId, p.step, p.dispatchedAt);
    },
  };
  return [schedule, check];
}

/** Incidents on the clock where the earliest step (approaching, or an urgent first rung) has come. */
function anythingDue(now: Date): SQL {
  const approaching = sql`${incidents.dispatchedAt} + (${incidents.deadlineAt} - ${incidents.dispatchedAt}) * 0.8 <= ${now.toISOString()}::timestamptz`;
  const urgentFirst = sql`(${incidents.urgency} = 'urgent' AND ${incidents.dispatchedAt} + make_interval(hours => ${urgentEscalationHours()[0]}) <= ${now.toISOString()}::timestamptz)`;
  return or(approaching, urgentFirst)!;
}

/**
 * Makes good timers that were lost (sent between commit and a crash, a queue wiped): open dispatched incidents whose
 * stored state or level is behind the clock get a check now. Its own event id; the forward-only check under the row
 * lock keeps the effect single however it races with the real timer.
 */
export async function sweepOversight(services: Services, jobs: JobQueue, now: Date = new Date(), limit = 500): Promise<number> {
  const behind = await services.db
    .select({ id: incidents.id, urgency: incidents.urgency, dispatchedAt: incidents.dispatchedAt, deadlineAt: incidents.deadlineAt, deadlineState: incidents.deadlineState, escalationLevel: incidents.escalationLevel })
    .from(incidents)
    .where(
      and(
        inArray(incidents.status, [...TIMED_STATUSES]),
        isNotNull(incidents.dispatchedAt),
        isNotNull(incidents.deadlineAt),
        or(sql`${incidents.deadlineState} IS DISTINCT FROM 'overdue'`, lt(incidents.escalationLevel, 3)),
        anythingDue(now),
      ),
    )
    .orderBy(incidents.dispatchedAt)
    .limit(limit);
  let sent = 0;
  const bucket = Math.floor(now.getTime() / 60_000);
  for (const row of behind) {
    if (!row.dispatchedAt || !row.deadlineAt) continue;
    const times = stepTimes(services.calendar, { urgency: row.urgency, dispatchedAt: row.dispatchedAt, deadlineAt: row.deadlineAt });
    const state = dueState(times, now);
    const steps: OversightStep[] = [];
    if (STATE_RANK[state] > STATE_RANK[row.deadlineState ?? 'on_time']) steps.push(state === 'overdue' ? 'overdue' : 'approaching');
    if (dueLevel(times, now) > row.escalationLevel) steps.push('escalate');
    for (const step of steps) {
      const id = `${timerKey(row.id, row.dispatchedAt, step)}:sweep:${bucket}`;
      await jobs.send(CHECK_JOB, { incidentId: row.id, step, dispatchedAt: row.dispatchedAt.toISOString(), eventId: id }, { singletonKey: id });
      sent += 1;
    }
  }
  return sent;
}
