import { and, eq, inArray, ne } from 'drizzle-orm';
import { AppError, validationError } from '../../../platform/errors/app-error';
import { departmentsByIds } from '../../identity/department-queries';
import { incidentParts, incidentPhotos } from '../tables';
import type { ActionContext } from './action-context';
import { required } from './action-context';
import { dispatchIncident, dropParts } from './dispatch-incident';
import { checkedCategory, claimPhotos } from './intake-checks';
import { recordIncidentTransition } from './record-transition';
import type { IncidentRow } from './register-incident';

// The dispatcher sends it; the lead department accepts, starts, returns it; each department handles its own part.

export async function dispatchAction(a: ActionContext): Promise<IncidentRow> {
  const { tx, row, body } = a;
  const leadDepartmentId = required(body, 'leadDepartmentId');
  const categoryCode = body.categoryCode ?? row.categoryCode;
  if (!categoryCode) throw new AppError('validation.failed', { details: [{ field: 'categoryCode', rule: 'required', message: '' }] });
  const category = await checkedCategory(tx, categoryCode);
  const assisting = body.assistingDepartmentIds ?? [];
  const known = await departmentsByIds(tx, [leadDepartmentId, ...assisting]);
  const missing = [leadDepartmentId, ...assisting].find((id) => !known.has(id));
  if (missing) {
    throw new AppError('governance.department_not_found', {
      details: [{ field: missing === leadDepartmentId ? 'leadDepartmentId' : 'assistingDepartmentIds', rule: 'exists', message: '' }],
    });
  }
  return dispatchIncident(tx, a.ctx, row, {
    category,
    leadDepartmentId,
    assistingDepartmentIds: assisting,
    urgency: body.urgency ?? row.urgency,
    note: body.note?.trim() || null,
    expectedVersion: a.expectedVersion,
  });
}

export async function acceptAction(a: ActionContext): Promise<IncidentRow> {
  await a.tx.update(incidentParts).set({ status: 'accepted' }).where(and(eq(incidentParts.incidentId, a.row.id), eq(incidentParts.role, 'lead')));
  return recordIncidentTransition(a.tx, a.ctx, a.row, { action: 'accept', to: 'accepted', note: a.body.note?.trim() || null, expectedVersion: a.expectedVersion });
}

export async function startAction(a: ActionContext): Promise<IncidentRow> {
  return recordIncidentTransition(a.tx, a.ctx, a.row, { action: 'start', to: 'in_progress', note: a.body.note?.trim() || null, expectedVersion: a.expectedVersion });
}

/** 退单: the lead department sends a wrongly dispatched case back; it is the dispatcher's again, with no parts. */
export async function returnAction(a: ActionContext): Promise<IncidentRow> {
  const reason = required(a.body, 'reason');
  await dropParts(a.tx, a.row.id);
  return recordIncidentTransition(a.tx, a.ctx, a.row, {
    action: 'return',
    to: 'returned',
    note: reason,
    public: false,
    details: { leadDepartmentId: a.row.leadDepartmentId },
    changes: { leadDepartmentId: null, deadlineAt: null, deadlineState: null },
    expectedVersion: a.expectedVersion,
  });
}

/** One department's part is handled (note + evidence photos); the incident is handled when every part is. */
export async function handleAction(a: ActionContext): Promise<IncidentRow> {
  const { tx, row, body, ctx } = a;
  const note = required(body, 'note');
  const open = await tx
    .select()
    .from(incidentParts)
    .where(and(eq(incidentParts.incidentId, row.id), inArray(incidentParts.departmentId, a.standing.partDepartmentIds), ne(incidentParts.status, 'handled')));
  // The lead's own part first when the person works in several of the departments.
  const part = open.find((p) => p.role === 'lead') ?? open[0];
  if (!part) throw new AppError('governance.action_not_allowed', { details: { status: row.status, action: 'handle', reason: 'part_handled' } });
  const now = new Date();
  // Evidence is the note and at least one photo of the place as it is now (处置后照片).
  if (!body.photoIds?.length) throw validationError([{ field: 'photoIds', rule: 'minItems', message: '' }]);
  const photoIds = await claimPhotos(tx, ctx.actor!.userId, body.photoIds, row.id);
  if (photoIds.length) await tx.insert(incidentPhotos).values(photoIds.map((fileId) => ({ incidentId: row.id, fileId, kind: 'evidence' as const, partId: part.id })));
  await tx.update(incidentParts).set({ status: 'handled', note, handledBy: ctx.actor!.userId, handledAt: now }).where(eq(incidentParts.id, part.id));
  const remaining = await unhandledParts(a);
  const done = remaining === 0;
  return recordIncidentTransition(tx, ctx, row, {
    action: 'handle',
    to: done ? 'handled' : 'in_progress',
    note,
    // An assisting department's part is between departments until the whole case is handled.
    public: done,
    details: { partId: part.id, departmentId: part.departmentId, role: part.role, photos: photoIds.length, remainingParts: remaining },
    changes: done ? { handledAt: now } : {},
    expectedVersion: a.expectedVersion,
  });
}

async function unhandledParts(a: ActionContext): Promise<number> {
  const rest = await a.tx
    .select({ id: incidentParts.id })
    .from(incidentParts)
    .where(and(eq(incidentParts.incidentId, a.row.id), ne(incidentParts.status, 'handled')));
  return rest.length;
}
