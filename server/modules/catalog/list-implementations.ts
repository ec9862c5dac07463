import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { findDepartmentsByIds } from '../identity/org-lookups';
import { inRegionScope } from '../identity/scope';
import { catalogSearch, implementations, standardItems } from './tables';

/** The implementation lists in the staff member's region subtree (all of them for a system admin). */
export async function listImplementations(ctx: UseCaseContext, filter: { region?: string; needsReview?: boolean }) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  const conditions: (SQL | undefined)[] = [
    actor.roles.has('system_admin') ? undefined : inRegionScope(actor, implementations.regionCode),
    filter.region ? eq(implementations.regionCode, filter.region) : undefined,
    filter.needsReview === undefined ? undefined : eq(implementations.needsReview, filter.needsReview),
  ];
  const rows = await ctx.db
    .select({ impl: implementations, nameZh: catalogSearch.nameZh, nameEn: catalogSearch.nameEn, statutoryDays: catalogSearch.statutoryDays, currentVersion: standardItems.currentVersion })
    .from(implementations)
    .innerJoin(standardItems, eq(standardItems.code, implementations.itemCode))
    .innerJoin(catalogSearch, eq(catalogSearch.itemCode, implementations.itemCode))
    .where(and(...conditions))
    .orderBy(asc(implementations.regionCode), asc(implementations.itemCode))
    .limit(2000);
  const departments = new Map((await findDepartmentsByIds(ctx.db, [...new Set(rows.map((r) => r.impl.departmentId))])).map((d) => [d.id, d.code]));
  return rows.map((r) => ({
    id: r.impl.id,
    itemCode: r.impl.itemCode,
    itemName: { zh: r.nameZh, en: r.nameEn },
    regionCode: r.impl.regionCode,
    departmentCode: departments.get(r.impl.departmentId) ?? '',
    promisedDays: r.impl.promisedDays,
    statutoryDays: r.statutoryDays,
    standardVersion: r.impl.standardVersion,
    currentVersion: r.currentVersion,
    needsReview: r.impl.needsReview,
  }));
}
