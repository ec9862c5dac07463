import type { Executor } from '../../../db/client';
import type { UseCaseContext } from '../../../platform/context';
import { firstRegionCode, regionLineageLevels } from '../../identity/org-lookups';
import { userRegionCode } from '../../identity/person-facts';
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
  if (!regionCode && userId) regionCode = await userRegionCode(exec, userId);
  const lineage = regionCode ? await regionLineageLevels(exec, regionCode) : [];
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
  const city = await firstRegionCode(exec, 'city');
  const first = await firstRegionCode(exec, 'district', city ?? undefined);
  return { gridCode: null, communityCode: null, streetCode: null, districtCode: first ?? city ?? '000000', outside: true };
}
