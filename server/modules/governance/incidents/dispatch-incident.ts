import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import type { UseCaseContext } from '../../../platform/context';
import type { Urgency } from '../model';
import { incidentDeadline } from '../oversight/deadline';
import type { CategoryRow } from '../places/categories';
import { incidentParts, incidentPhotos } from '../tables';
import { recordIncidentTransition, type IncidentTransition } from './record-transition';
import type { IncidentRow } from './register-incident';

export interface DispatchPlan {
  category: CategoryRow;
  leadDepartmentId: string;
  assistingDepartmentIds: readonly string[];
  urgency: Urgency;
  note?: string | null;
  expectedVersion?: number;
  /** The timeline action: `dispatch`, or `reopen` when the reporter sends it back to the same departments. */
  action?: 'dispatch' | 'reopen';
  details?: Record<string, unknown>;
}

/** Removes an incident's parts (re-dispatch, 退单). Earlier evidence photos stay with the incident, untied from them. */
export async function dropParts(tx: Tx, incidentId: string): Promise<void> {
  await tx.update(incidentPhotos).set({ partId: null }).where(eq(incidentPhotos.incidentId, incidentId));
  await tx.delete(incidentParts).where(eq(incidentParts.incidentId, incidentId));
}

/**
 * Sends an incident to its departments: fresh parts (the lead's and each assisting department's), the deadline for
 * its category and urgency from now, and the move to `dispatched`. Used by the dispatcher and a reopen; intake's
 * automatic dispatch writes the same through `dispatchOf` as it inserts the row.
 */
export async function dispatchIncident(tx: Tx, ctx: UseCaseContext, row: IncidentRow, plan: DispatchPlan): Promise<IncidentRow> {
  // A registered incident has never had parts (the dispatcher's first dispatch): nothing to drop.
  if (row.status !== 'registered') await dropParts(tx, row.id);
  const { parts, transition } = dispatchOf(ctx, row.id, plan, new Date());
  return recordIncidentTransition(tx, ctx, row, { ...transition, expectedVersion: plan.expectedVersion, alongside: [tx.insert(incidentParts).values(parts)] });
}

/** What a dispatch writes: the parts of the incident `incidentId`, and the transition with the row's changes. */
export function dispatchOf(ctx: UseCaseContext, incidentId: string, plan: DispatchPlan, now: Date) {
  const assists = [...new Set(plan.assistingDepartmentIds)].filter((id) => id !== plan.leadDepartmentId);
  const parts = [
    { incidentId, departmentId: plan.leadDepartmentId, role: 'lead' as const },
    ...assists.map((departmentId) => ({ incidentId, departmentId, role: 'assist' as const })),
  ];
  const { deadlineAt } = incidentDeadline(ctx.calendar, plan.category, plan.urgency, now);
  const transition = {
    action: plan.action ?? 'dispatch',
    to: 'dispatched',
    note: plan.note ?? null,
    details: { leadDepartmentId: plan.leadDepartmentId, assistingDepartmentIds: assists, ...plan.details },
    changes: {
      categoryCode: plan.category.code,
      urgency: plan.urgency,
      leadDepartmentId: plan.leadDepartmentId,
      dispatchedAt: now,
      deadlineAt,
      deadlineState: 'on_time',
      escalationLevel: 0,
      handledAt: null,
      verifiedAt: null,
      closedAt: null,
    },
  } satisfies IncidentTransition;
  return { parts, transition };
}
