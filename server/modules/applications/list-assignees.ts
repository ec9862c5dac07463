import type { UseCaseContext } from '../../platform/context';
import { staffHolding } from '../identity/person-facts';
import type { StaffRoleName } from '../identity/tables';
import { findVisibleCase } from './case-access';
import { loadCaseItem } from './targets';

/** Who a case can be assigned to now: staff of its department holding the current step's role. */
export async function listAssignees(ctx: UseCaseContext, id: string): Promise<{ id: string; name: string }[]> {
  const row = await findVisibleCase(ctx.db, ctx.actor!, id);
  if (!row.departmentId || !row.itemCode || !row.itemVersion) return [];
  const item = await loadCaseItem(ctx.db, row.itemCode, row.itemVersion);
  const role = item.workflow[row.stepIndex]?.role as StaffRoleName | undefined;
  const holders = role ? await staffHolding(ctx.db, row.departmentId, [role]) : [];
  return [...new Map(holders.map((h) => [h.id, { id: h.id, name: h.name }])).values()];
}
