import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { systemContext, type Services } from '../../../platform/context';
import { emitEvent } from '../../../platform/jobs/outbox';
import { recordIncidentTransition } from '../incidents/record-transition';
import type { IncidentRow } from '../incidents/register-incident';
import { dueLevel, dueState, LADDER, STATE_RANK, stepTimes, TIMED_STATUSES, type StepTimes } from './ladder';
import { ladderRecipients, ladderTarget, leadHandlers } from './recipients';
import { incidents } from '../tables';

// One firing of an oversight timer, in the job's transaction, under the incident's row lock. Whatever fired it (its
// own timer, a redelivery, the sweep, another process), it only moves the incident forward to where the clock says
// it is, and only while the department still owes the work, so every step happens once and in order.

export const OVERSIGHT_NOTICE = 'governance.oversight_notice';

export type OversightStep = 'approaching' | 'overdue' | 'escalate';

export interface StepOutcome {
  deadlineState: 'approaching' | 'overdue' | null;
  escalatedTo: number[];
}

function link(row: IncidentRow): string {
  return `/console/governance/incidents/${row.id}`;
}

/** The times of a locked row, or null when it is not (or no longer) on the clock for this dispatch. */
function timesOf(services: Services, row: IncidentRow, dispatchedAt: string | undefined): StepTimes | null {
  if (!row.dispatchedAt || !TIMED_STATUSES.includes(row.status)) return null;
  // A timer of an earlier dispatch (returned and dispatched again, reopened) is superseded.
  if (dispatchedAt !== undefined && dispatchedAt !== row.dispatchedAt.toISOString()) return null;
  if (!row.deadlineAt) return null;
  return stepTimes(services.calendar, { urgency: row.urgency, dispatchedAt: row.dispatchedAt, deadlineAt: row.deadlineAt });
}

export async function applyOversightStep(tx: Tx, services: Services, now: Date, incidentId: string, step: OversightStep, dispatchedAt?: string): Promise<StepOutcome> {
  const outcome: StepOutcome = { deadlineState: null, escalatedTo: [] };
  const [locked] = await tx.select().from(incidents).where(eq(incidents.id, incidentId)).for('update');
  if (!locked) return outcome;
  const times = timesOf(services, locked, dispatchedAt);
  if (!times || !locked.deadlineAt) return outcome;
  const deadlineAt = locked.deadlineAt.toISOString();
  const ctx = systemContext({ ...services, db: tx }, 'incident-oversight');
  let row = locked;

  if (step !== 'escalate') {
    const state = dueState(times, now);
    const wanted = step === 'overdue' ? state : state === 'overdue' ? 'approaching' : state;
    if (wanted === 'on_time' || STATE_RANK[wanted] <= STATE_RANK[row.deadlineState ?? 'on_time']) return outcome;
    row = await recordIncidentTransition(tx, ctx, row, {
      action: wanted === 'overdue' ? 'deadline_overdue' : 'deadline_approaching',
      to: row.status,
      changes: { deadlineState: wanted },
      details: { deadlineAt },
      public: false,
    });
    await emitEvent(tx, OVERSIGHT_NOTICE, {
      incidentId: row.id,
      number: row.number,
      kind: wanted,
      level: null,
      deadlineAt,
      recipientIds: await leadHandlers(tx, row),
      link: link(row),
    });
    outcome.deadlineState = wanted;
    return outcome;
  }

  // Every level the clock has reached and the row has not, one audited step each, lowest first.
  const reached = dueLevel(times, now);
  for (let level = row.escalationLevel + 1; level <= reached; level++) {
    const to = LADDER[level - 1]!;
    const target = await ladderTarget(tx, row, to);
    row = await recordIncidentTransition(tx, ctx, row, {
      action: 'escalate',
      to: row.status,
      changes: { escalationLevel: level },
      details: { level, to, regionCode: target.regionCode },
      public: false,
    });
    await emitEvent(tx, OVERSIGHT_NOTICE, {
      incidentId: row.id,
      number: row.number,
      kind: 'escalate',
      level: to,
      deadlineAt,
      recipientIds: await ladderRecipients(tx, target.departmentIds),
      link: link(row),
    });
    outcome.escalatedTo.push(level);
  }
  return outcome;
}
