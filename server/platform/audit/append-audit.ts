import type { Executor } from '../../db/client';
import type { UseCaseContext } from '../context';
import { auditRecords } from './tables';

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  result?: 'success' | 'failure';
  details?: Record<string, unknown>;
  /** Overrides the context actor (e.g. a login before any session exists). */
  actorId?: string | null;
  actorLabel?: string;
}

/**
 * The one audit path: appends a record with the caller's executor, so it commits or rolls back with the change.
 * Never put personal data in clear into `details`.
 */
export async function appendAudit(exec: Executor, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await auditWrite(exec, [auditRecord(ctx, entry)]);
}

type AuditContext = Pick<UseCaseContext, 'actor' | 'ip' | 'requestId' | 'origin'>;

/** The row of an audit entry: who (the context's actor unless the entry names one), from where, what, when. */
export function auditRecord(ctx: AuditContext, entry: AuditEntry): typeof auditRecords.$inferInsert {
  return {
    at: new Date(),
    actorId: entry.actorId !== undefined ? entry.actorId : (ctx.actor?.userId ?? null),
    actorLabel: entry.actorLabel ?? (ctx.actor ? (ctx.actor.username ?? `${ctx.actor.kind}:${ctx.actor.userId}`) : ctx.origin ? `system:${ctx.origin}` : 'anonymous'),
    ip: ctx.ip,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    result: entry.result ?? 'success',
    details: entry.details ?? {},
    requestId: ctx.requestId,
  };
}

/** Audit rows (from `auditRecord`, in order) as one unsent INSERT, for `writeTogether` with the change they record. */
export function auditWrite(exec: Executor, records: (typeof auditRecords.$inferInsert)[]) {
  return exec.insert(auditRecords).values(records);
}
