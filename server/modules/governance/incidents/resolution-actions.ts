import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import type { UseCaseContext } from '../../../platform/context';
import { AppError, validationError } from '../../../platform/errors/app-error';
import { OPEN_STATUSES } from '../model';
import { incidentParts, incidents } from '../tables';
import { incidentAccess, inRegionPaths } from './access';
import { required, type ActionContext } from './action-context';
import { dispatchIncident } from './dispatch-incident';
import { checkedCategory } from './intake-checks';
import { recordIncidentTransition } from './record-transition';
import type { IncidentRow } from './register-incident';
import { governanceSettings } from './settings';

// Verification, the reporter's rating and reopening, the operator's answer, closing, and duplicates by hand.

/** The grid worker or dispatcher checks the handling on the spot: passed → verified; not → back in progress. */
export async function verifyAction(a: ActionContext): Promise<IncidentRow> {
  const passed = required(a.body, 'passed');
  const note = a.body.note?.trim() || null;
  if (!passed) {
    await a.tx.update(incidentParts).set({ status: 'accepted', handledAt: null, handledBy: null }).where(eq(incidentParts.incidentId, a.row.id));
    return recordIncidentTransition(a.tx, a.ctx, a.row, { action: 'verify', to: 'in_progress', note, public: false, details: { passed }, changes: { handledAt: null }, expectedVersion: a.expectedVersion });
  }
  const row = await recordIncidentTransition(a.tx, a.ctx, a.row, { action: 'verify', to: 'verified', note, details: { passed }, changes: { verifiedAt: new Date() }, expectedVersion: a.expectedVersion });
  await closeDuplicates(a.tx, a.ctx, row);
  return row;
}

/** 评价: the reporter's rating closes it. */
export async function rateAction(a: ActionContext): Promise<IncidentRow> {
  const rating = required(a.body, 'rating');
  const comment = a.body.comment?.trim() || null;
  return recordIncidentTransition(a.tx, a.ctx, a.row, {
    action: 'rate',
    to: 'closed',
    note: comment,
    details: { rating },
    changes: { rating, ratingComment: comment, closedAt: new Date() },
    expectedVersion: a.expectedVersion,
  });
}

/** Until when the reporter may reopen: the window runs from the latest of handled, verified and closed. */
export function reopenUntil(row: IncidentRow): Date | null {
  const times = [row.handledAt, row.verifiedAt, row.closedAt].filter((d): d is Date => d !== null).map((d) => d.getTime());
  if (times.length === 0) return null;
  return new Date(Math.max(...times) + governanceSettings().reopenDays * 86_400_000);
}

/** The reporter is not satisfied: within the window it goes back to the same departments with a fresh deadline. */
export async function reopenAction(a: ActionContext): Promise<IncidentRow> {
  const reason = required(a.body, 'reason');
  const until = reopenUntil(a.row);
  if (!until || until.getTime() < Date.now()) throw new AppError('governance.reopen_window_passed', { details: { reopenUntil: until?.toISOString() ?? null } });
  const parts = await a.tx.select().from(incidentParts).where(eq(incidentParts.incidentId, a.row.id));
  const lead = parts.find((p) => p.role === 'lead')?.departmentId ?? a.row.leadDepartmentId!;
  const category = await checkedCategory(a.tx, a.row.categoryCode!);
  return dispatchIncident(a.tx, a.ctx, a.row, {
    action: 'reopen',
    category,
    leadDepartmentId: lead,
    assistingDepartmentIds: parts.filter((p) => p.role === 'assist').map((p) => p.departmentId),
    urgency: a.row.urgency,
    note: reason,
    expectedVersion: a.expectedVersion,
  });
}

/** A 12345 enquiry answered on the line (from the knowledge base): closed at once. */
export async function answerAction(a: ActionContext): Promise<IncidentRow> {
  const note = required(a.body, 'note');
  return recordIncidentTransition(a.tx, a.ctx, a.row, {
    action: 'answer',
    to: 'closed',
    note,
    details: a.body.itemCode ? { itemCode: a.body.itemCode } : undefined,
    changes: { closedAt: new Date() },
    expectedVersion: a.expectedVersion,
  });
}

export async function closeAction(a: ActionContext): Promise<IncidentRow> {
  const note = required(a.body, 'note');
  const row = await recordIncidentTransition(a.tx, a.ctx, a.row, { action: 'close', to: 'closed', note, changes: { closedAt: new Date() }, expectedVersion: a.expectedVersion });
  await closeDuplicates(a.tx, a.ctx, row);
  return row;
}

/** The dispatcher marks it a duplicate of another open incident of their region (not itself a duplicate, and not its own parent). */
export async function linkAction(a: ActionContext): Promise<IncidentRow> {
  const parentId = required(a.body, 'parentId');
  // Only an original in the dispatcher's own region: another region's incident is neither linked to nor named.
  const access = await incidentAccess(a.tx, a.ctx.actor!);
  const [parent] = await a.tx.select().from(incidents).where(and(eq(incidents.id, parentId), inRegionPaths(access.dispatchPaths)));
  const usable = parent && parent.id !== a.row.id && parent.duplicateOf === null && OPEN_STATUSES.includes(parent.status);
  if (!usable) throw validationError([{ field: 'parentId', rule: 'open_original', message: '' }]);
  const [child] = await a.tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.duplicateOf, a.row.id)).limit(1);
  if (child) throw new AppError('governance.action_not_allowed', { details: { status: a.row.status, action: 'link', reason: 'has_duplicates' } });
  return recordIncidentTransition(a.tx, a.ctx, a.row, {
    action: 'link',
    to: a.row.status,
    note: `Linked as a duplicate of ${parent.number}`,
    public: false,
    details: { parentId: parent.id, parentNumber: parent.number },
    changes: { duplicateOf: parent.id },
    expectedVersion: a.expectedVersion,
  });
}

export async function unlinkAction(a: ActionContext): Promise<IncidentRow> {
  return recordIncidentTransition(a.tx, a.ctx, a.row, {
    action: 'unlink',
    to: a.row.status,
    public: false,
    details: { parentId: a.row.duplicateOf },
    changes: { duplicateOf: null },
    expectedVersion: a.expectedVersion,
  });
}

/** When an incident is resolved its open duplicates close with it; each close tells that duplicate's reporter. */
export async function closeDuplicates(tx: Tx, ctx: UseCaseContext, parent: IncidentRow): Promise<number> {
  const open = await tx
    .select()
    .from(incidents)
    .where(and(eq(incidents.duplicateOf, parent.id), inArray(incidents.status, [...OPEN_STATUSES, 'verified'])))
    .for('update');
  for (const dup of open) {
    await recordIncidentTransition(tx, ctx, dup, {
      action: 'close',
      to: 'closed',
      note: `Resolved together with ${parent.number}`,
      details: { parentId: parent.id, parentNumber: parent.number, resolvedAs: parent.status },
      changes: { closedAt: new Date() },
    });
  }
  return open.length;
}
