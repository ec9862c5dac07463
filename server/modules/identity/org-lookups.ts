import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { departments, regions } from './tables';

// Organisation lookups other modules use (they never read identity's tables directly).

export interface DepartmentInfo {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  kind: string;
  regionCode: string;
  regionPath: string;
}

export async function findDepartmentByCode(exec: Executor, code: string): Promise<DepartmentInfo | null> {
  const [row] = await exec
    .select({ id: departments.id, code: departments.code, name: departments.name, nameEn: departments.nameEn, kind: departments.kind, regionCode: departments.regionCode, regionPath: regions.path })
    .from(departments)
    .innerJoin(regions, eq(regions.code, departments.regionCode))
    .where(eq(departments.code, code));
  return row ?? null;
}

export async function findDepartmentsByIds(exec: Executor, ids: string[]): Promise<DepartmentInfo[]> {
  if (ids.length === 0) return [];
  return exec
    .select({ id: departments.id, code: departments.code, name: departments.name, nameEn: departments.nameEn, kind: departments.kind, regionCode: departments.regionCode, regionPath: regions.path })
    .from(departments)
    .innerJoin(regions, eq(regions.code, departments.regionCode))
    .where(inArray(departments.id, ids));
}

/** The region's codes from the root down to itself (materialised path), or null for an unknown region. */
export async function regionLineage(exec: Executor, code: string): Promise<string[] | null> {
  const [row] = await exec.select({ path: regions.path }).from(regions).where(eq(regions.code, code));
  return row ? row.path.split('.') : null;
}

/** Whether `inner` lies in the subtree of `outer` (or is it), by their materialised paths. */
export function isWithinRegion(innerPath: string, outerPath: string): boolean {
  return innerPath === outerPath || innerPath.startsWith(`${outerPath}.`);
}

export async function regionPath(exec: Executor, code: string): Promise<string | null> {
  const [row] = await exec.select({ path: regions.path }).from(regions).where(eq(regions.code, code));
  return row?.path ?? null;
}
