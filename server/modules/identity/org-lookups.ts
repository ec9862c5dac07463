import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { departments, regions, type RegionLevel } from './tables';

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
  return (await regionPath(exec, code))?.split('.') ?? null;
}

/** Whether `inner` lies in the subtree of `outer` (or is it), by their materialised paths. */
export function isWithinRegion(innerPath: string, outerPath: string): boolean {
  return innerPath === outerPath || innerPath.startsWith(`${outerPath}.`);
}

/** The region's materialised path (`339900.339902…`), or null for an unknown region. */
export async function regionPath(exec: Executor, code: string): Promise<string | null> {
  const [row] = await exec.select({ path: regions.path }).from(regions).where(eq(regions.code, code));
  return row?.path ?? null;
}

/** The region's parent code, or null for a root or an unknown region. */
export async function regionParentCode(exec: Executor, code: string): Promise<string | null> {
  const [row] = await exec.select({ parentCode: regions.parentCode }).from(regions).where(eq(regions.code, code));
  return row?.parentCode ?? null;
}

/** The codes of every region at a level (e.g. the cities), in no particular order. */
export async function regionCodesAtLevel(exec: Executor, level: RegionLevel): Promise<string[]> {
  const rows = await exec.select({ code: regions.code }).from(regions).where(eq(regions.level, level));
  return rows.map((r) => r.code);
}

/** The lowest code at a level, under `parentCode` when given; null when there is none. */
export async function firstRegionCode(exec: Executor, level: RegionLevel, parentCode?: string): Promise<string | null> {
  const [row] = await exec
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.level, level), parentCode === undefined ? undefined : eq(regions.parentCode, parentCode)))
    .orderBy(asc(regions.code))
    .limit(1);
  return row?.code ?? null;
}

/** The regions from the root down to `code` (itself included) with their levels, in one query; [] if unknown. */
export async function regionLineageLevels(exec: Executor, code: string): Promise<{ code: string; level: RegionLevel }[]> {
  const path = sql`(SELECT ${regions.path} FROM ${regions} WHERE ${regions.code} = ${code})`;
  return exec
    .select({ code: regions.code, level: regions.level })
    .from(regions)
    .where(sql`${regions.code} = ANY(string_to_array(${path}, '.'))`);
}

/** Display names of regions by code, zh and en (en falls back to zh); unknown codes are left out. */
export async function regionNamesByCode(exec: Executor, codes: readonly string[]): Promise<Map<string, { zh: string; en: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await exec.select({ code: regions.code, name: regions.name, nameEn: regions.nameEn }).from(regions).where(inArray(regions.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, { zh: r.name, en: r.nameEn ?? r.name }]));
}

/**
 * Departments' ids and names as a subquery another module may left-join (`on departmentNames.id = …`) to show a
 * department's name in its own rows, without reading identity's table.
 */
export const departmentNames = new QueryBuilder()
  .select({ id: departments.id, name: departments.name, nameEn: departments.nameEn })
  .from(departments)
  .as('department_names');
