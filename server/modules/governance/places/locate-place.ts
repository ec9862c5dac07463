import type { UseCaseContext } from '../../../platform/context';
import { listRegions } from '../../identity/list-regions';
import type { GeoPoint, I18nText, Place } from '../model';
import { gridIndex } from './grid-index';
import { locatePoint } from './locate';

interface Coded {
  code: string;
  name: I18nText;
}

export type LocatedPlaceView = Place & { grid: Coded | null; community: Coded | null; street: Coded | null; district: Coded };

/** Where a point lies (staff): its grid, community, street and district with their names, or the nearest district. */
export async function locatePlace(ctx: UseCaseContext, point: GeoPoint): Promise<LocatedPlaceView> {
  const place = await locatePoint(ctx.db, point);
  const index = await gridIndex(ctx.db);
  const regions = new Map((await listRegions(ctx.db, place.districtCode)).map((r) => [r.code, { code: r.code, name: { zh: r.name, en: r.nameEn ?? r.name } }]));
  const named = (code: string | null): Coded | null => (code ? (regions.get(code) ?? { code, name: { zh: code, en: code } }) : null);
  const grid = place.gridCode ? index.grids.find((g) => g.code === place.gridCode) : undefined;
  return {
    ...place,
    grid: grid ? { code: grid.code, name: grid.name } : null,
    community: named(place.communityCode),
    street: named(place.streetCode),
    district: named(place.districtCode)!,
  };
}
