import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { departments, regions, staffRoles, type StaffRoleName } from './tables';

// Read-only organisation queries for other modules (the data exchange's sharing workflow): departments with their
// region paths, departments of a kind along a region lineage, the departments where an account holds a role.

export interface OrgDepartment {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string;
  regionCode: string;
  regionPath: string;
}

const columns = { id: departments.id, name: departments.name, nameEn: departments.nameEn, kind: departments.kind, regionCode: departments.regionCode, regionPath: regions.path };

export async function departmentsByIds(exec: Executor, ids: readonly string[]): Promise<Map<string, OrgDepartment>> {
  if (ids.length === 0) return new Map();
  const rows = await exec.select(columns).from(departments).innerJoin(regions, eq(regions.code, departments.regionCode)).where(inArray(departments.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Departments of a kind in the given regions (e.g. the Big Data Bureaus along a lineage). */
export async function departmentsOfKindIn(exec: Executor, kinds: readonly string[], regionCodes: readonly string[]): Promise<OrgDepartment[]> {
  if (kinds.length === 0 || regionCodes.length === 0) return [];
  return exec
    .select(columns)
    .from(departments)
    .innerJoin(regions, eq(regions.code, departments.regionCode))
    .where(and(inArray(departments.kind, [...kinds]), inArray(departments.regionCode, [...regionCodes])));
}

/** The departments in which the account holds one of the roles (roles are held per department). */
export async function departmentsWhereHolding(exec: Executor, userId: string, roles: readonly StaffRoleName[]): Promise<string[]> {
  const rows = await exec
    .selectDistinct({ departmentId: staffRoles.departmentId })
    .from(staffRoles)
    .where(and(eq(staffRoles.userId, userId), inArray(staffRoles.role, [...roles])));
  return rows.map((r) => r.departmentId);
}

/** Every department with its region path (the sharing lists work out who oversees whom from it). */
export async function allDepartments(exec: Executor): Promise<OrgDepartment[]> {
  return exec.select(columns).from(departments).innerJoin(regions, eq(regions.code, departments.regionCode));
}
