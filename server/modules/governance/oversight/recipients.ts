import type { Executor } from '../../../db/client';
import { departmentsOfKindIn } from '../../identity/department-queries';
import { staffHolding } from '../../identity/person-facts';
import { regionParentCode } from '../../identity/org-lookups';
import type { IncidentRow } from '../incidents/register-incident';
import type { LadderLevel } from './ladder';

// Who hears of an oversight step. Deadlines go to the people doing the work (the lead department's incident
// handlers); each escalation goes one level up the hierarchy, to the dispatchers and heads who can push it.

export async function leadHandlers(exec: Executor, row: IncidentRow): Promise<string[]> {
  if (!row.leadDepartmentId) return [];
  return [...new Set((await staffHolding(exec, row.leadDepartmentId, ['incident_handler'])).map((s) => s.id))];
}

/**
 * The region a level of the ladder points at, and the departments there that oversee incidents: the street office
 * of the incident's street, the district's urban management bureau, the city's. An incident outside every grid has
 * no street: its street level goes to the district, which took it in.
 */
export async function ladderTarget(exec: Executor, row: IncidentRow, level: LadderLevel): Promise<{ regionCode: string; departmentIds: string[] }> {
  let regionCode: string | null;
  let kind: string;
  if (level === 'street' && row.streetCode) {
    regionCode = row.streetCode;
    kind = 'street_office';
  } else if (level === 'city') {
    regionCode = await regionParentCode(exec, row.districtCode);
    kind = 'urban_management';
  } else {
    regionCode = row.districtCode;
    kind = 'urban_management';
  }
  if (!regionCode) return { regionCode: row.districtCode, departmentIds: [] };
  const found = await departmentsOfKindIn(exec, [kind], [regionCode]);
  return { regionCode, departmentIds: found.map((d) => d.id) };
}

/** The dispatchers and heads of the departments a ladder step points at, each once (one query). */
export async function ladderRecipients(exec: Executor, departmentIds: readonly string[]): Promise<string[]> {
  return [...new Set((await staffHolding(exec, departmentIds, ['dispatcher', 'department_head'])).map((s) => s.id))];
}
