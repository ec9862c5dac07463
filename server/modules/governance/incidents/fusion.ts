import { distance } from '@turf/distance';
import { and, between, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { OPEN_STATUSES, type GeoPoint } from '../model';
import { incidents } from '../tables';
import { governanceSettings } from './settings';

const METRES_PER_DEGREE_LAT = 111_320;

/**
 * The open incident a new report of the same category repeats: reported within the fusion window, within the fusion
 * distance (great-circle), not itself a duplicate; the nearest one wins. The query matches the partial index
 * incidents__open_category_created_lat_lng__idx (category, created_at, lat, lng): the lat/lng box is checked in the
 * index, so only the rows inside it are read, and the exact distance is computed for those.
 */
export async function findFusionParent(exec: Executor, categoryCode: string, point: GeoPoint, now = new Date()): Promise<{ id: string; number: string; metres: number } | null> {
  const { fusionMeters, fusionHours } = governanceSettings();
  if (fusionMeters <= 0 || fusionHours <= 0) return null;
  const dLat = fusionMeters / METRES_PER_DEGREE_LAT;
  const dLng = fusionMeters / (METRES_PER_DEGREE_LAT * Math.max(Math.cos((point.lat * Math.PI) / 180), 0.01));
  const candidates = await exec
    .select({ id: incidents.id, number: incidents.number, lat: incidents.lat, lng: incidents.lng })
    .from(incidents)
    .where(
      and(
        eq(incidents.categoryCode, categoryCode),
        gte(incidents.createdAt, new Date(now.getTime() - fusionHours * 3600_000)),
        inArray(incidents.status, [...OPEN_STATUSES]),
        isNull(incidents.duplicateOf),
        between(incidents.lat, point.lat - dLat, point.lat + dLat),
        between(incidents.lng, point.lng - dLng, point.lng + dLng),
      ),
    )
    .limit(200);
  let best: { id: string; number: string; metres: number } | null = null;
  for (const c of candidates) {
    if (c.lat === null || c.lng === null) continue;
    const metres = distance([point.lng, point.lat], [c.lng, c.lat], { units: 'meters' });
    if (metres <= fusionMeters && (!best || metres < best.metres)) best = { id: c.id, number: c.number, metres };
  }
  return best;
}
