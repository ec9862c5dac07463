import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Executor } from '../../../db/client';
import { validationError } from '../../../platform/errors/app-error';
import { incidentCategories, incidents } from '../tables';
import type { PublicIncident } from './schemas';

const DAYS = 30;
const LIMIT = 2000;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** `w,s,e,n` in degrees → a box; 422 naming `bbox` when it is not one. */
export function parseBbox(raw: string): { west: number; south: number; east: number; north: number } {
  const parts = raw.split(',').map((p) => Number(p.trim()));
  const [west, south, east, north] = parts as [number, number, number, number];
  const ok = parts.length === 4 && parts.every(Number.isFinite) && west <= east && south <= north && south >= -90 && north <= 90 && west >= -180 && east <= 180;
  if (!ok) throw validationError([{ field: 'bbox', rule: 'bbox', message: 'west,south,east,north in degrees' }]);
  return { west, south, east, north };
}

/**
 * The public map: incidents of public categories reported in the last 30 days inside the box, anonymised — no
 * text, no reporter, no number, the place rounded to 3 decimals (about 100 m) — and never duplicates.
 */
export async function listPublicIncidents(exec: Executor, bbox: string, now = new Date()): Promise<Static<typeof PublicIncident>[]> {
  const box = parseBbox(bbox);
  const rows = await exec
    .select({ id: incidents.id, code: incidents.categoryCode, name: incidentCategories.name, status: incidents.status, lat: incidents.lat, lng: incidents.lng, createdAt: incidents.createdAt })
    .from(incidents)
    .innerJoin(incidentCategories, eq(incidentCategories.code, incidents.categoryCode))
    .where(
      and(
        eq(incidentCategories.public, true),
        gte(incidents.createdAt, new Date(now.getTime() - DAYS * 86_400_000)),
        gte(incidents.lat, box.south),
        lte(incidents.lat, box.north),
        gte(incidents.lng, box.west),
        lte(incidents.lng, box.east),
        isNull(incidents.duplicateOf),
      ),
    )
    .limit(LIMIT);
  return rows.map((r) => ({ id: r.id, category: { code: r.code!, name: r.name }, status: r.status, lat: round3(r.lat!), lng: round3(r.lng!), createdAt: r.createdAt.toISOString() }));
}
