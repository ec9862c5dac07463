import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError, ProblemList } from '../../platform/errors/app-error';
import { emitEvent } from '../../platform/jobs/outbox';
import { isUuid } from './licence-rules';
import { elicences } from './tables';

/**
 * 注销: an approver of the issuing department (or a system admin) revokes a licence with a reason; verification
 * reports it as revoked from then on. Staff of other departments do not see it (404).
 */
export async function revokeLicence(ctx: UseCaseContext, input: { id: string; reason: string }): Promise<{ id: string; status: 'revoked'; revokedAt: string }> {
  const actor = ctx.actor;
  const reason = input.reason.trim();
  const problems = new ProblemList();
  // The body schema bounds the length (1–200); a reason of spaces only says nothing.
  if (reason.length === 0) problems.add('reason', 'not_blank', '');
  problems.throwIfAny();
  if (!actor || !isUuid(input.id)) throw new AppError('licences.not_found');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: elicences.id, status: elicences.status, number: elicences.number, type: elicences.type, holderUserId: elicences.holderUserId, issuerDepartmentId: elicences.issuerDepartmentId })
      .from(elicences)
      .where(eq(elicences.id, input.id))
      .for('update');
    if (!row) throw new AppError('licences.not_found');
    const isSystemAdmin = actor.roles.has('system_admin');
    const isOfIssuer = row.issuerDepartmentId !== null && actor.departmentIds.includes(row.issuerDepartmentId);
    if (!isSystemAdmin && !isOfIssuer) throw new AppError('licences.not_found');
    // Roles are held per department, but the actor carries their union; a member of the issuing department must hold approver.
    if (!isSystemAdmin && !actor.roles.has('approver')) throw new AppError('auth.forbidden');
    if (row.status === 'revoked') throw new AppError('licences.already_revoked');
    const revokedAt = new Date();
    await tx.update(elicences).set({ status: 'revoked', revokedAt, revokedReason: reason }).where(and(eq(elicences.id, row.id), eq(elicences.status, 'valid')));
    await appendAudit(tx, ctx, { action: 'licences.revoke', objectType: 'elicence', objectId: row.id, details: { type: row.type, number: row.number, reason } });
    await emitEvent(tx, 'licences.revoked', { licenceId: row.id, holderUserId: row.holderUserId, type: row.type, number: row.number, reason });
    return { id: row.id, status: 'revoked' as const, revokedAt: revokedAt.toISOString() };
  });
}
