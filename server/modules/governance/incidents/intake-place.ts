import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { UseCaseContext } from '../../../platform/context';
import { regions, users } from '../../identity/tables';
import type { GeoPoint, Place } from '../model';
import { locatePoint } from '../places/locate';

/**
 * Where an incident belongs: the point's grid → community → street → district; without a point (an address only, or
 * a hotline enquiry) the district of the reporter's or operator's region, else the city's first district, whose
 * dispatcher then decides.
 */
export async function placeOfIntake(exec: Executor, ctx: UseCaseContext, point: GeoPoint | undefined, reporterUserId: string | null): Promise<Place> {
  if (point) return locatePoint(exec, point);
  let regionCode: string | null = ctx.actor?.kind === 'staff' ? (ctx.actor.regionScopes[0]?.code ?? null) : null;
  const userId = ctx.actor?.kind === 'staff' ? null : (reporterUserId ?? ctx.actor?.userId ?? null);
  if (!regionCode && userId) {
    const [user] = await exec.select({ regionCode: users.regionCode }).from(users).where(eq(users.id, userId));
    regionCode = user?.regionCode ?? null;
  }
  const lineage = regionCode ? await lineageOf(exec, regionCode) : [];
  const district = lineage.find((r) => r.level === 'district');
  if (district) {
    return {
      gridCode: null,
      communityCode: lineage.find((r) => r.level === 'community')?.code ?? null,
      streetCode: lineage.find((r) => r.level === 'street')?.code ?? null,
      districtCode: district.code,
      outside: false,
    };
  }
  const [city] = await exec.select({ code: regions.code }).from(regions).where(eq(regions.level, 'city')).orderBy(asc(regions.code)).limit(1);
  const [first] = await exec
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.level, 'district'), city ? eq(regions.parentCode, city.code) : undefined))
    .orderBy(asc(regions.code))
    .limit(1);
  return { gridCode: null, communityCode: null, streetCode: null, districtCode: first?.code ?? city?.code ?? '000000', outside: true };
}

async function lineageOf(exec: Executor, code: string): Promise<{ code: string; level: string }[]> {
  const [region] = await exec.select({ path: regions.path }).from(regions).where(eq(regions.code, code));
  if (!region) return [];
  return exec.select({ code: regions.code, level: regions.level }).from(regions).where(inArray(regions.code, region.path.split('.')));
}
