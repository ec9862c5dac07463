import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/append-audit';
import { todayInChina } from '../../../platform/calendar/working-calendar';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { emitEvent } from '../../../platform/jobs/outbox';
import type { RequestStatus } from '../model';
import { sharingRequests } from '../tables';
import { REQUEST_CHANGED } from './events';
import { defaultTerms, providerTerms, type GrantTerms } from './grant-terms';
import { SharingProblems } from './problems';
import { changeRecipients } from './notice-recipients';
import { loadRequestFor, type RequestInView } from './request-access';
import type { ActionBody, SharingAction } from './schemas';
import { isOpenStep, stepWorkingDays } from './step-deadline';

type Outcome = 'passed' | 'approved' | 'refused' | 'revoked';

interface Transition {
  to: RequestStatus;
  outcome: Outcome;
  terms?: GrantTerms;
  reason?: string;
}

/**
 * One decision on a sharing request, in one transaction with its audit record and outbox event: approve (the
 * compliance check passes, the provider grants with terms, the higher authority confirms), refuse with a reason at
 * any open step, or revoke an approved grant (provider). 404 when the caller cannot see the request, 412 when the
 * If-Match version is stale, 409 in the wrong state, 403 when the caller's department does not decide this step.
 */
export async function actOnSharingRequest(ctx: UseCaseContext, id: string, action: SharingAction, expectedVersion: number | null, body: ActionBody): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  const today = todayInChina();
  await ctx.db.transaction(async (tx) => {
    const view = await loadRequestFor(tx, actor, id, { lock: true });
    const { row } = view;
    if (expectedVersion !== null && expectedVersion !== row.version) throw new AppError('request.precondition_failed');
    const allowed = action === 'revoke' ? row.status === 'approved' : isOpenStep(row.status);
    if (!allowed) throw new AppError('exchange.action_not_allowed');
    if (!view.actingDepartmentId) throw new AppError('exchange.not_steward');
    const transition = decide(view, action, body, today, ctx.lang);
    const stepChanged = transition.to !== row.status;
    const dueOn = isOpenStep(transition.to) ? ctx.calendar.addWorkingDays(today, stepWorkingDays(transition.to, view.resource, today)).date : null;
    const note = transition.reason ?? body.note?.trim() ?? undefined;
    const decision = { step: row.status, by: actor.userId, departmentId: view.actingDepartmentId, at: new Date().toISOString(), outcome: transition.outcome, ...(note ? { note } : {}) };
    const terms = transition.terms;
    const [updated] = await tx
      .update(sharingRequests)
      .set({
        status: transition.to,
        dueOn,
        ...(stepChanged ? { remindedAt: null, escalatedAt: null } : {}),
        ...(terms ? { grantedFields: terms.grantedFields, plainFields: terms.plainFields, ratePerMinute: terms.ratePerMinute, expiresOn: terms.expiresOn } : {}),
        ...(transition.outcome === 'refused' ? { refusalReason: transition.reason ?? null } : {}),
        decisions: [...row.decisions, decision],
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(sharingRequests.id, row.id), eq(sharingRequests.version, row.version)))
      .returning({ id: sharingRequests.id });
    if (!updated) throw new AppError('request.precondition_failed');
    await appendAudit(tx, ctx, {
      action: `exchange.request_${action}`,
      objectType: 'sharing_request',
      objectId: row.id,
      details: { number: row.number, step: row.status, outcome: transition.outcome, to: transition.to, departmentId: view.actingDepartmentId, ...(transition.reason ? { reason: transition.reason } : {}), ...(terms ? { terms } : {}) },
    });
    const notice = await changeRecipients(tx, transition.to, view.provider, row.consumerDepartmentId);
    await emitEvent(tx, REQUEST_CHANGED, {
      ...notice,
      resourceZh: view.resource.name.zh,
      resourceEn: view.resource.name.en,
      link: `/console/exchange/sharing/requests/${row.id}`,
      requestId: row.id,
      number: row.number,
      action,
      step: row.status,
      status: transition.to,
      resourceCode: view.resource.code,
      consumerDepartmentId: row.consumerDepartmentId,
      providerDepartmentId: view.provider.id,
      dueOn,
      reason: transition.reason ?? null,
    });
  });
}

function decide(view: RequestInView, action: SharingAction, body: ActionBody, today: string, lang: UseCaseContext['lang']): Transition {
  const { row, resource } = view;
  if (action === 'refuse' || action === 'revoke') {
    const reason = body.reason?.trim() ?? '';
    if (reason === '') {
      const problems = new SharingProblems(lang);
      problems.add('reason', 'required');
      problems.throwIfAny();
    }
    return action === 'refuse' ? { to: 'refused', outcome: 'refused', reason } : { to: 'revoked', outcome: 'revoked', reason };
  }
  switch (row.status) {
    case 'compliance_check':
      // The check passed: unconditional data is granted as requested; conditional data goes to its provider.
      return resource.sharingType === 'unconditional' ? { to: 'approved', outcome: 'approved', terms: defaultTerms(row) } : { to: 'provider_review', outcome: 'passed' };
    case 'provider_review': {
      const terms = providerTerms(row, resource, body, today, lang);
      const needsHigher = resource.grade === 'important' || resource.grade === 'core';
      return needsHigher ? { to: 'higher_review', outcome: 'passed', terms } : { to: 'approved', outcome: 'approved', terms };
    }
    default:
      return { to: 'approved', outcome: 'approved' };
  }
}
