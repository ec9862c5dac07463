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
  await auditWrite(exec, ctx, entry);
}

type AuditContext = Pick<UseCaseContext, 'actor' | 'ip' | 'requestId' | 'origin'>;

/** The same record as an unsent INSERT, for `writeTogether` (one statement with the change it records). */
export function auditWrite(exec: Executor, ctx: AuditContext, entry: AuditEntry) {
  return exec.insert(auditRecords).values({
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
  });
}
