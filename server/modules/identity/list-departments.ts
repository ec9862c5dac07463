import { asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { inRegionScope } from './scope';
import { departments, regions } from './tables';

/** Departments in the staff member's region subtree. */
export async function listDepartments(ctx: UseCaseContext) {
  if (!ctx.actor) throw new AppError('auth.unauthenticated');
  return ctx.db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      nameEn: departments.nameEn,
      kind: departments.kind,
      regionCode: departments.regionCode,
      regionName: regions.name,
      regionNameEn: regions.nameEn,
    })
    .from(departments)
    .innerJoin(regions, eq(regions.code, departments.regionCode))
    .where(inRegionScope(ctx.actor, departments.regionCode))
    .orderBy(asc(regions.path), asc(departments.code));
}
