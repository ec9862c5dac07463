import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Executor } from '../../../db/client';
import { AppError, ProblemList } from '../../../platform/errors/app-error';
import type { GeoPoint, Place } from '../model';
import { gridIndex, type IndexedGrid } from './grid-index';

// Contract used by intake, sensors and Open311.

/** Kilometres per degree of latitude; a degree of longitude is this times cos(latitude). */
const KM_PER_DEGREE = 111.195;

/**
 * The grid that contains the point, or undefined. Boundaries count as inside, and the grids are scanned in code
 * order, so a point on an edge or vertex shared by several grids belongs to the one with the LOWEST code: the same
 * answer on every server and every run.
 */
export function gridContaining(list: readonly IndexedGrid[], point: GeoPoint): IndexedGrid | undefined {
  const position = [point.lng, point.lat];
  for (const grid of list) {
    if (point.lng < grid.minLng || point.lng > grid.maxLng || point.lat < grid.minLat || point.lat > grid.maxLat) continue;
    if (booleanPointInPolygon(position, grid.geometry)) return grid;
  }
  return undefined;
}

/** Distance in km from a point to a segment, on a local flat projection (grids span a few km, so it is exact enough). */
function distanceToSegmentKm(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  // Math.hypot is several times slower, and this runs for every edge of every grid.
  return Math.sqrt(ex * ex + ey * ey);
}

/** Kilometres per degree of longitude and of latitude around the point. */
function scaleAt(point: GeoPoint): { kx: number; ky: number } {
  return { kx: KM_PER_DEGREE * Math.cos((point.lat * Math.PI) / 180), ky: KM_PER_DEGREE };
}

/** Distance in km from a point outside a grid to the grid's boundary. */
export function distanceToGridKm(grid: IndexedGrid, point: GeoPoint, scale = scaleAt(point)): number {
  const { kx, ky } = scale;
  const px = point.lng * kx;
  const py = point.lat * ky;
  let best = Infinity;
  for (const ring of grid.geometry.coordinates) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1]!;
      const b = ring[i]!;
      best = Math.min(best, distanceToSegmentKm(px, py, a[0] * kx, a[1] * ky, b[0] * kx, b[1] * ky));
    }
  }
  return best;
}

/** A lower bound of the distance to a grid: the distance to its bounding box (0 inside it). */
function distanceToBoxKm(grid: IndexedGrid, point: GeoPoint, scale: { kx: number; ky: number }): number {
  const dx = Math.max(grid.minLng - point.lng, 0, point.lng - grid.maxLng) * scale.kx;
  const dy = Math.max(grid.minLat - point.lat, 0, point.lat - grid.maxLat) * scale.ky;
  return Math.sqrt(dx * dx + dy * dy);
}

/** The district whose nearest grid is closest to the point; a tie goes to the lower district code. */
export function nearestDistrict(list: readonly IndexedGrid[], point: GeoPoint): string | null {
  const scale = scaleAt(point);
  let best: { district: string; km: number } | null = null;
  for (const grid of list) {
    // The box is never farther than the polygon, so a box beyond the best so far cannot win.
    if (best && distanceToBoxKm(grid, point, scale) > best.km) continue;
    const km = distanceToGridKm(grid, point, scale);
    if (!best || km < best.km || (km === best.km && grid.districtCode < best.district)) best = { district: grid.districtCode, km };
  }
  return best?.district ?? null;
}

/** Resolves a point against a list of grids (sorted by code): the pure part of locatePoint. */
export function placeOf(list: readonly IndexedGrid[], point: GeoPoint): Place | null {
  const grid = gridContaining(list, point);
  if (grid) return { gridCode: grid.code, communityCode: grid.communityCode, streetCode: grid.streetCode, districtCode: grid.districtCode, outside: false };
  const district = nearestDistrict(list, point);
  return district ? { gridCode: null, communityCode: null, streetCode: null, districtCode: district, outside: true } : null;
}

/**
 * A point → its grid → community → street → district, from an in-memory index of the grids (bounding boxes, then
 * point-in-polygon); outside every grid → the nearest district (its dispatcher takes it), `outside: true`.
 * No database query once the index is loaded.
 */
export async function locatePoint(exec: Executor, point: GeoPoint): Promise<Place> {
  const problems = new ProblemList();
  if (!Number.isFinite(point.lat) || Math.abs(point.lat) > 90) problems.add('lat', 'range', 'Latitude must be a number between -90 and 90');
  if (!Number.isFinite(point.lng) || Math.abs(point.lng) > 180) problems.add('lng', 'range', 'Longitude must be a number between -180 and 180');
  problems.throwIfAny();
  const index = await gridIndex(exec);
  const place = placeOf(index.grids, point);
  if (!place) throw new AppError('governance.no_grids');
  return place;
}
