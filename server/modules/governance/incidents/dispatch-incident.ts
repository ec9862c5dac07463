import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import type { UseCaseContext } from '../../../platform/context';
import type { Urgency } from '../model';
import { incidentDeadline } from '../oversight/deadline';
import type { CategoryRow } from '../places/categories';
import { incidentParts, incidentPhotos } from '../tables';
import { recordIncidentTransition, type JournalStep } from './record-transition';
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
  /** Steps of this transaction not journalled yet (intake's register), written with the dispatch's journal. */
  journalBefore?: readonly JournalStep[];
}

/** Removes an incident's parts (re-dispatch, 退单). Earlier evidence photos stay with the incident, untied from them. */
export async function dropParts(tx: Tx, incidentId: string): Promise<void> {
  await tx.update(incidentPhotos).set({ partId: null }).where(eq(incidentPhotos.incidentId, incidentId));
  await tx.delete(incidentParts).where(eq(incidentParts.incidentId, incidentId));
}

/**
 * Sends an incident to its departments: fresh parts (the lead's and each assisting department's), the deadline for
 * its category and urgency from now, and the move to `dispatched`. Used by the dispatcher, automatic dispatch and
 * a reopen.
 */
export async function dispatchIncident(tx: Tx, ctx: UseCaseContext, row: IncidentRow, plan: DispatchPlan): Promise<IncidentRow> {
  const now = new Date();
  const assists = [...new Set(plan.assistingDepartmentIds)].filter((id) => id !== plan.leadDepartmentId);
  // A registered incident has never had parts (intake's automatic dispatch, the dispatcher's first): nothing to drop.
  if (row.status !== 'registered') await dropParts(tx, row.id);
  const parts = tx.insert(incidentParts).values([
    { incidentId: row.id, departmentId: plan.leadDepartmentId, role: 'lead' as const },
    ...assists.map((departmentId) => ({ incidentId: row.id, departmentId, role: 'assist' as const })),
  ]);
  const { deadlineAt } = incidentDeadline(ctx.calendar, plan.category, plan.urgency, now);
  return recordIncidentTransition(tx, ctx, row, {
    action: plan.action ?? 'dispatch',
    to: 'dispatched',
    expectedVersion: plan.expectedVersion,
    alongside: [parts],
    journalBefore: plan.journalBefore,
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
  });
}
