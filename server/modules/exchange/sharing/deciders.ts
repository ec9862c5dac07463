import type { Executor } from '../../../db/client';
import type { RequestStatus } from '../model';
import { departmentsOfKindIn, type OrgDepartment } from '../../identity/department-queries';

/** The department kind of a Big Data Bureau (大数据管理局): it runs the compliance check. */
export const DATA_ADMINISTRATION = 'data_administration';

// Who decides each step of a sharing request, from the provider department and the region tree:
// - compliance check (合规审核): a Big Data Bureau (kind data_administration) at or above the provider's region;
// - provider review: the provider department itself (also the one that may revoke an approved grant);
// - higher review (important/core data, 上级主管部门): the department of the provider's kind in the nearest ancestor
//   region. When no ancestor region has one (a city-level provider in a city-rooted tree, as in the demo), the
//   nearest Big Data Bureau at or above the provider's region acts for the higher authority.

/** Region codes from the provider's region up to the root, nearest first (the provider's own region first). */
function upwards(provider: OrgDepartment): string[] {
  return provider.regionPath.split('.').reverse();
}

function nearest(candidates: OrgDepartment[], order: string[]): OrgDepartment | null {
  for (const code of order) {
    const found = candidates.filter((d) => d.regionCode === code).sort((a, b) => a.id.localeCompare(b.id))[0];
    if (found) return found;
  }
  return null;
}

/** Among known departments: the Big Data Bureaus at or above the provider's region (any of them may check). */
export function checkersAmong(known: readonly OrgDepartment[], provider: OrgDepartment): OrgDepartment[] {
  const order = upwards(provider);
  return known.filter((d) => d.kind === DATA_ADMINISTRATION && order.includes(d.regionCode));
}

/** Among known departments: the provider's higher-level department by the rule above, or null. */
export function higherAmong(known: readonly OrgDepartment[], provider: OrgDepartment): OrgDepartment | null {
  const order = upwards(provider);
  const sameKindAbove = nearest(
    known.filter((d) => d.kind === provider.kind && d.id !== provider.id),
    order.slice(1),
  );
  if (sameKindAbove) return sameKindAbove;
  return nearest(
    known.filter((d) => d.kind === DATA_ADMINISTRATION && d.id !== provider.id),
    order,
  );
}

/** The departments whose data stewards may act on a request in this state (empty when nobody may). */
export async function decidingDepartments(exec: Executor, status: RequestStatus, provider: OrgDepartment): Promise<OrgDepartment[]> {
  if (status === 'provider_review' || status === 'approved') return [provider];
  if (status !== 'compliance_check' && status !== 'higher_review') return [];
  const known = await departmentsOfKindIn(exec, [provider.kind, DATA_ADMINISTRATION], upwards(provider));
  if (status === 'compliance_check') return checkersAmong(known, provider);
  const higher = higherAmong(known, provider);
  return higher ? [higher] : [];
}
