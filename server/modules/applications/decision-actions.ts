import { ProblemList } from '../../platform/errors/app-error';
import { issueLicence } from '../licences/issue-licence';
import { advanceBundle } from './bundle-progress';
import type { ActionContext } from './intake-actions';
import { requireText } from './intake-actions';
import { issuedLicenceInput } from './licence-content';
import { recordTransition, type ApplicationRow } from './record-transition';
import { decisionStepIndex, deliveryStepIndex } from './workflow';

/**
 * 审核通过 / 批准: a review step passes to the next step (in order, none skipped); the decision step approves —
 * issuing the item's e-licence — and moves to delivery (or completes when the item has no delivery step).
 */
export async function approveCase(a: ActionContext): Promise<ApplicationRow> {
  const decide = decisionStepIndex(a.steps);
  if (a.row.stepIndex < decide) {
    return recordTransition(a.tx, a.ctx, a.row, {
      action: 'approve',
      to: 'in_review',
      expectedVersion: a.expectedVersion,
      note: a.body.note ?? null,
      details: { passedStep: a.row.stepIndex },
      changes: { stepIndex: a.row.stepIndex + 1, assigneeId: null },
    });
  }
  let licence: { id: string; number: string } | null = null;
  if (a.item.issuesElicence) {
    const form = JSON.parse(a.ctx.cipher.decrypt(a.row.formEnc, 'applications.form')) as Record<string, unknown>;
    licence = await issueLicence(a.tx, a.ctx, await issuedLicenceInput(a.tx, a.ctx, a.row, a.item, form));
  }
  const delivery = deliveryStepIndex(a.steps);
  const at = new Date().toISOString();
  const approved = await recordTransition(a.tx, a.ctx, a.row, {
    action: 'approve',
    to: 'approved',
    expectedVersion: a.expectedVersion,
    note: a.body.note ?? null,
    details: { licenceNumber: licence?.number ?? null },
    event: licence ? { licenceId: licence.id } : {},
    changes: { stepIndex: delivery ?? a.row.stepIndex, decision: { outcome: 'approved', at }, licenceId: licence?.id ?? null, assigneeId: null },
  });
  await advanceBundle(a.tx, a.ctx, approved);
  if (delivery !== null) return approved;
  return completeCase({ ...a, row: approved, expectedVersion: approved.version });
}

/** 不予批准: reason and legal basis both required. */
export async function denyCase(a: ActionContext): Promise<ApplicationRow> {
  const problems = new ProblemList();
  const reason = requireText(problems, 'reason', a.body.reason, 'reason_required');
  const legalBasis = requireText(problems, 'legalBasis', a.body.legalBasis, 'legal_basis_required');
  problems.throwIfAny();
  const denied = await recordTransition(a.tx, a.ctx, a.row, {
    action: 'deny',
    to: 'denied',
    expectedVersion: a.expectedVersion,
    note: reason,
    details: { legalBasis },
    event: { legalBasis },
    changes: { decision: { outcome: 'denied', reason, legalBasis, at: new Date().toISOString() }, completedAt: new Date() },
  });
  await advanceBundle(a.tx, a.ctx, denied);
  return denied;
}

/** 送达: by e-licence (then complete at once), mail or at the counter. */
export async function deliverCase(a: ActionContext): Promise<ApplicationRow> {
  const method = a.body.method ?? (a.row.licenceId ? 'elicence' : 'counter');
  const problems = new ProblemList();
  if (method === 'elicence' && !a.row.licenceId) problems.add('method', 'enum', '');
  problems.throwIfAny();
  const delivered = await recordTransition(a.tx, a.ctx, a.row, {
    action: 'deliver',
    to: 'delivered',
    expectedVersion: a.expectedVersion,
    details: { method },
  });
  if (method !== 'elicence') return delivered;
  return completeCase({ ...a, row: delivered, expectedVersion: delivered.version });
}

/** 办结. */
export async function completeCase(a: ActionContext): Promise<ApplicationRow> {
  const completed = await recordTransition(a.tx, a.ctx, a.row, {
    action: 'complete',
    to: 'completed',
    expectedVersion: a.expectedVersion,
    changes: { completedAt: new Date() },
  });
  await advanceBundle(a.tx, a.ctx, completed);
  return completed;
}
