import { asc } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { GeoPolygon, I18nText } from '../model';
import { grids } from '../tables';

// The grids in memory: intake locates every incident (thousands a second in the bench), so a lookup must not touch
// the database. The index is read once per process and re-read when older than STALE_AFTER_MS — grids change
// rarely (a redrawn map), and a minute of lag is acceptable for routing.

export const STALE_AFTER_MS = 60_000;

export interface IndexedGrid {
  code: string;
  name: I18nText;
  communityCode: string;
  streetCode: string;
  districtCode: string;
  geometry: GeoPolygon;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export interface GridIndex {
  /** Sorted by code, so the first grid that contains a point is the one with the lowest code. */
  grids: IndexedGrid[];
  loadedAt: number;
}

let current: GridIndex | null = null;
let loading: Promise<GridIndex> | null = null;

/** Community 339902001001 → street 339902001 → district 339902 (GB/T 2260-style codes nest by prefix). */
export function regionsOfCommunity(communityCode: string): { streetCode: string; districtCode: string } {
  return { streetCode: communityCode.slice(0, 9), districtCode: communityCode.slice(0, 6) };
}

/** The bounding box of a polygon (the grids table keeps it in columns for the prefilter). */
export function boundsOf(geometry: GeoPolygon): { minLng: number; minLat: number; maxLng: number; maxLat: number } {
  const positions = geometry.coordinates.flat();
  const lngs = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  return { minLng: Math.min(...lngs), minLat: Math.min(...lats), maxLng: Math.max(...lngs), maxLat: Math.max(...lats) };
}

type GridRow = Pick<typeof grids.$inferSelect, 'code' | 'name' | 'communityCode' | 'geometry' | 'minLng' | 'minLat' | 'maxLng' | 'maxLat'>;

/** Index entries for grid rows, sorted by code (the order that settles a point on a shared edge). */
export function indexGrids(rows: readonly GridRow[]): IndexedGrid[] {
  return rows
    .map((r) => ({
      code: r.code,
      name: r.name,
      communityCode: r.communityCode,
      ...regionsOfCommunity(r.communityCode),
      geometry: r.geometry,
      minLng: r.minLng,
      minLat: r.minLat,
      maxLng: r.maxLng,
      maxLat: r.maxLat,
    }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

async function load(exec: Executor): Promise<GridIndex> {
  const rows = await exec.select().from(grids).orderBy(asc(grids.code));
  return { loadedAt: Date.now(), grids: indexGrids(rows) };
}

/** The index, loaded on first use and when stale; concurrent callers share one load. */
export async function gridIndex(exec: Executor): Promise<GridIndex> {
  if (current && Date.now() - current.loadedAt < STALE_AFTER_MS) return current;
  if (!loading) {
    loading = load(exec)
      .then((index) => {
        current = index;
        return index;
      })
      .finally(() => {
        loading = null;
      });
  }
  return loading;
}

/** Forget the index (after the grids were edited, and between tests that change them). */
export function invalidateGridIndex(): void {
  current = null;
}
