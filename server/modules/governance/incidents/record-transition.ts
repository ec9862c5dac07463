import { and, eq, type SQLWrapper } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { writeTogether } from '../../../db/write-together';
import { auditRecord, auditWrite } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { eventWrite } from '../../../platform/jobs/outbox';
import type { IncidentStatus } from '../model';
import { incidentEvents, incidents } from '../tables';
import type { IncidentRow } from './register-incident';

// The one write path of an incident, also used by sensors (close) and oversight (deadline state, escalation).

export interface IncidentTransition {
  action: string;
  /** The new status; the same as now for changes that are not moves (escalate, deadline state, link). */
  to: IncidentStatus;
  changes?: Partial<Omit<typeof incidents.$inferInsert, 'id' | 'version'>>;
  note?: string | null;
  details?: Record<string, unknown>;
  /** Shown on the reporter's timeline (default true). */
  public?: boolean;
  /** Checked against the row's version (If-Match); stale → 412. */
  expectedVersion?: number;
  /** Other writes of the same change (e.g. a dispatch's parts), sent in the journal's statement. */
  alongside?: readonly SQLWrapper[];
}

/** One step to journal: who took it, from which status, the row after it, and what it was. */
export interface JournalStep {
  ctx: UseCaseContext;
  from: IncidentStatus | null;
  after: IncidentRow;
  t: Pick<IncidentTransition, 'action' | 'to' | 'note' | 'details' | 'public'>;
}

export const INCIDENT_TRANSITIONED = 'governance.incident_transitioned';

/**
 * The row (version + 1), its timeline entry, the audit record (`governance.<action>`) and the outbox event
 * `governance.incident_transitioned` ({ incidentId, number, action, from, to, ... }), in the caller's transaction.
 */
export async function recordIncidentTransition(tx: Tx, ctx: UseCaseContext, row: IncidentRow, t: IncidentTransition): Promise<IncidentRow> {
  if (t.expectedVersion !== undefined && t.expectedVersion !== row.version) {
    throw new AppError('request.precondition_failed', { details: { currentVersion: row.version } });
  }
  // Compare-and-set on the version read: a concurrent change in between makes this a 412, never a lost update.
  const [updated] = await tx
    .update(incidents)
    .set({ ...t.changes, status: t.to, version: row.version + 1, updatedAt: new Date() })
    .where(and(eq(incidents.id, row.id), eq(incidents.version, row.version)))
    .returning();
  if (!updated) throw new AppError('request.precondition_failed', { details: { currentVersion: row.version } });
  await journalIncident(tx, [{ ctx, from: row.status, after: updated, t }], t.alongside);
  return updated;
}

/**
 * Timeline entries, audit records and outbox events of incident steps (a registration: `from` null), with any other
 * writes of the same change, in one statement.
 */
export async function journalIncident(tx: Tx, steps: readonly JournalStep[], alongside: readonly SQLWrapper[] = []): Promise<void> {
  await writeTogether(tx, [...alongside, ...journalWrites(tx, steps)]);
}

/**
 * The journal as three unsent INSERTs, one row per step in each: for `writeTogether`. Rows of one INSERT take their
 * ids in order, so the timeline (ordered by id) shows the steps as given.
 */
function journalWrites(tx: Tx, steps: readonly JournalStep[]): SQLWrapper[] {
  const entries = steps.map(({ ctx, from, after, t }) => ({
    incidentId: after.id,
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.name ?? (ctx.origin ? `system:${ctx.origin}` : 'system'),
    action: t.action,
    fromStatus: from,
    toStatus: t.to,
    note: t.note ?? null,
    details: t.details ?? null,
    public: t.public ?? true,
  }));
  // No personal data in the audit details: the number, the move and the version identify the change.
  const audits = steps.map(({ ctx, from, after, t }) =>
    auditRecord(ctx, {
      action: `governance.${t.action}`,
      objectType: 'incident',
      objectId: after.id,
      details: { number: after.number, from, to: t.to, version: after.version, ...(t.details ? { details: t.details } : {}) },
    }),
  );
  const events = steps.map(({ from, after, t }) => ({
    topic: INCIDENT_TRANSITIONED,
    payload: {
      incidentId: after.id,
      number: after.number,
      action: t.action,
      from,
      to: t.to,
      reporterUserId: after.anonymous ? null : after.reporterUserId,
      leadDepartmentId: after.leadDepartmentId,
      urgency: after.urgency,
      categoryCode: after.categoryCode,
      districtCode: after.districtCode,
      escalationLevel: after.escalationLevel,
      duplicateOf: after.duplicateOf,
    },
  }));
  return [tx.insert(incidentEvents).values(entries), auditWrite(tx, audits), eventWrite(tx, events)];
}

/** Locks and reads an incident for a change (SELECT … FOR UPDATE), so concurrent actions serialise. */
export async function lockIncident(tx: Tx, id: string): Promise<IncidentRow> {
  const [row] = await tx.select().from(incidents).where(eq(incidents.id, id)).for('update');
  if (!row) throw new AppError('governance.incident_not_found');
  return row;
}
