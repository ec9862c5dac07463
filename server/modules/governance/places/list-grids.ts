import { asc, like } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { GeoPolygon, I18nText } from '../model';
import { grids } from '../tables';
import { regionsOfCommunity } from './grid-index';

export interface GridFeatureView {
  type: 'Feature';
  id: string;
  geometry: GeoPolygon;
  properties: { code: string; name: I18nText; communityCode: string; streetCode: string; districtCode: string };
}

export interface GridCollectionView {
  type: 'FeatureCollection';
  bbox?: [number, number, number, number];
  features: GridFeatureView[];
}

/** The grid map as a GeoJSON FeatureCollection (public; no worker is named), optionally under one region. */
export async function listGrids(exec: Executor, region?: string): Promise<GridCollectionView> {
  // Region codes nest by prefix (district 6 digits, street 9, community 12), as do the grid codes under them.
  const rows = await exec
    .select()
    .from(grids)
    .where(region ? like(grids.communityCode, `${region}%`) : undefined)
    .orderBy(asc(grids.code));
  const features = rows.map(
    (r): GridFeatureView => ({
      type: 'Feature',
      id: r.code,
      geometry: r.geometry,
      properties: { code: r.code, name: r.name, communityCode: r.communityCode, ...regionsOfCommunity(r.communityCode) },
    }),
  );
  if (rows.length === 0) return { type: 'FeatureCollection', features };
  const bbox: [number, number, number, number] = [Math.min(...rows.map((r) => r.minLng)), Math.min(...rows.map((r) => r.minLat)), Math.max(...rows.map((r) => r.maxLng)), Math.max(...rows.map((r) => r.maxLat))];
  return { type: 'FeatureCollection', bbox, features };
}
