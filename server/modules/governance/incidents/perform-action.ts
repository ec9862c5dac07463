import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import type { IncidentAction } from '../model';
import { incidentAccess, standingOn } from './access';
import type { ActionBody, ActionContext } from './action-context';
import { acceptAction, dispatchAction, handleAction, returnAction, startAction } from './handling-actions';
import { judge } from './lifecycle';
import { lockIncident } from './record-transition';
import type { IncidentRow } from './register-incident';
import { answerAction, closeAction, linkAction, rateAction, reopenAction, unlinkAction, verifyAction } from './resolution-actions';

const HANDLERS: Record<IncidentAction, (a: ActionContext) => Promise<IncidentRow>> = {
  dispatch: dispatchAction,
  accept: acceptAction,
  start: startAction,
  handle: handleAction,
  return: returnAction,
  verify: verifyAction,
  rate: rateAction,
  reopen: reopenAction,
  answer: answerAction,
  close: closeAction,
  link: linkAction,
  unlink: unlinkAction,
};

/**
 * One action on one incident, in one transaction: visible to the person (else 404), the version they saw (If-Match,
 * else 412), allowed in this state (else 409) and for this person (else 403) by the lifecycle table, then the change.
 */
export async function performIncidentAction(ctx: UseCaseContext, id: string, action: IncidentAction, expectedVersion: number | undefined, body: ActionBody): Promise<IncidentRow> {
  const access = await incidentAccess(ctx.db, ctx.actor!);
  return ctx.db.transaction(async (tx) => {
    const row = await lockIncident(tx, id);
    const standing = await standingOn(tx, access, row);
    if (!standing.visible) throw new AppError('governance.incident_not_found');
    if (expectedVersion !== undefined && row.version !== expectedVersion) throw new AppError('request.precondition_failed', { details: { currentVersion: row.version } });
    const verdict = judge(action, row, standing.relations);
    if (verdict === 'state') throw new AppError('governance.action_not_allowed', { details: { status: row.status, action } });
    if (verdict === 'person') throw new AppError('governance.not_your_incident', { details: { action } });
    return HANDLERS[action]({ tx, ctx: { ...ctx, db: tx }, row, standing, body, expectedVersion });
  });
}
