import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { assignCase, claimCase, extendCase, withdrawCase } from './case-admin-actions';
import { findVisibleCase } from './case-access';
import { approveCase, completeCase, deliverCase, denyCase } from './decision-actions';
import { acceptCase, refuseCase, requestSupplement, supplyCase, type ActionBody, type ActionContext } from './intake-actions';
import { lockCase, type ApplicationRow } from './record-transition';
import { loadCaseItem } from './targets';
import { mayAct, type Action } from './workflow';

const HANDLERS: Record<Action, (a: ActionContext) => Promise<ApplicationRow>> = {
  accept: acceptCase,
  refuse: refuseCase,
  'request-supplement': requestSupplement,
  supplement: supplyCase,
  approve: approveCase,
  deny: denyCase,
  deliver: deliverCase,
  complete: completeCase,
  withdraw: withdrawCase,
  extend: extendCase,
  claim: claimCase,
  assign: assignCase,
};

/**
 * One action on one case: visible to the actor (else 404), the version the actor saw (If-Match, else 412), allowed
 * in this state and for this actor's role (409 / 403), then the transition in one transaction.
 */
export async function performAction(ctx: UseCaseContext, id: string, action: Action, expectedVersion: number, body: ActionBody): Promise<ApplicationRow> {
  const actor = ctx.actor!;
  await findVisibleCase(ctx.db, actor, id);
  return ctx.db.transaction(async (tx) => {
    const row = await lockCase(tx, id);
    if (row.version !== expectedVersion) throw new AppError('request.precondition_failed', { details: { currentVersion: row.version } });
    const item = row.itemCode && row.itemVersion ? await loadCaseItem(tx, row.itemCode, row.itemVersion) : null;
    const steps = item?.workflow ?? [];
    const verdict = mayAct(action, row, steps, actor);
    if (verdict === 'state') throw new AppError('applications.action_not_allowed', { details: { status: row.status, action } });
    if (verdict === 'role') throw new AppError('applications.wrong_role', { details: { role: steps[row.stepIndex]?.role ?? null } });
    const a: ActionContext = { tx, ctx: { ...ctx, db: tx }, row, steps, item: item!, body, expectedVersion };
    return HANDLERS[action](a);
  });
}
