import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { writeTogether } from '../../db/write-together';
import { auditRecord, auditWrite } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { eventWrite } from '../../platform/jobs/outbox';
import { applicationEvents, applications, type ApplicationStatus } from './tables';

export type ApplicationRow = typeof applications.$inferSelect;
type Changes = Partial<Omit<typeof applications.$inferInsert, 'id' | 'version'>>;

export interface Transition {
  action: string;
  to: ApplicationStatus;
  changes?: Changes;
  note?: string | null;
  details?: Record<string, unknown>;
  /** Checked against the row's version (If-Match); a stale version → 412. */
  expectedVersion?: number;
  /** Extra fields for the outbox event (reason, new due date…). */
  event?: Record<string, unknown>;
}

/**
 * The one way a case changes: the row (version + 1), its timeline entry, the audit record and the outbox event, in
 * the caller's transaction. Returns the updated row.
 */
export async function recordTransition(tx: Tx, ctx: UseCaseContext, row: ApplicationRow, t: Transition): Promise<ApplicationRow> {
  const version = t.expectedVersion ?? row.version;
  const [updated] = await tx
    .update(applications)
    .set({ ...t.changes, status: t.to, version: row.version + 1, updatedAt: new Date() })
    .where(and(eq(applications.id, row.id), eq(applications.version, version)))
    .returning();
  if (!updated) throw new AppError('request.precondition_failed', { details: { currentVersion: row.version } });
  await journal(tx, ctx, row.status, updated, t);
  return updated;
}

/** Timeline entry, audit record and outbox event for a case that changed (or was created: `from` null), in one statement. */
export async function journal(tx: Tx, ctx: UseCaseContext, from: ApplicationStatus | null, after: ApplicationRow, t: Transition): Promise<void> {
  const actorName = ctx.actor?.name ?? (ctx.origin ? `system:${ctx.origin}` : 'system');
  const entry = tx.insert(applicationEvents).values({
    applicationId: after.id,
    actorId: ctx.actor?.userId ?? null,
    actorName,
    action: t.action,
    fromStatus: from,
    toStatus: t.to,
    note: t.note ?? null,
    details: t.details ?? null,
  });
  const audit = auditRecord(ctx, {
    action: `applications.${t.action}`,
    objectType: 'application',
    objectId: after.id,
    details: { caseNumber: after.caseNumber, from, to: t.to, version: after.version },
  });
  const payload = {
    applicationId: after.id,
    caseNumber: after.caseNumber,
    applicantId: after.applicantId,
    kind: after.kind,
    parentId: after.parentId,
    action: t.action,
    fromStatus: from,
    toStatus: t.to,
    titleZh: after.titleZh,
    titleEn: after.titleEn,
    dueOn: after.dueOn,
    link: `/applications/${after.parentId ?? after.id}`,
    ...(t.note ? { reason: t.note } : {}),
    ...t.event,
  };
  await writeTogether(tx, [entry, auditWrite(tx, [audit]), eventWrite(tx, [{ topic: 'applications.transitioned', payload }])]);
}

/** Locks and reads a case for a change (SELECT … FOR UPDATE), so concurrent actions serialise. */
export async function lockCase(tx: Tx, id: string): Promise<ApplicationRow> {
  const [row] = await tx.select().from(applications).where(eq(applications.id, id)).for('update');
  if (!row) throw new AppError('applications.not_found');
  return row;
}
