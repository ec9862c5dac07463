import { asc, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { regions, type RegionLevel } from './tables';

export interface RegionView {
  code: string;
  name: string;
  nameEn: string | null;
  level: RegionLevel;
  parentCode: string | null;
}

/** The region tree (public), or the subtree under `root` (GB/T 2260 code). */
export async function listRegions(exec: Executor, root?: string): Promise<RegionView[]> {
  const columns = { code: regions.code, name: regions.name, nameEn: regions.nameEn, level: regions.level, parentCode: regions.parentCode };
  if (!root) return exec.select(columns).from(regions).orderBy(asc(regions.path));
  const [top] = await exec.select({ path: regions.path }).from(regions).where(eq(regions.code, root));
  if (!top) throw new AppError('identity.region_not_found');
  return exec
    .select(columns)
    .from(regions)
    .where(or(eq(regions.path, top.path), sql`${regions.path} LIKE ${`${top.path}.%`}`))
    .orderBy(asc(regions.path));
}
