// Which grid a pinned point lies in, worked out in the browser from the grid map the page already has, so the pin
// reads back in words at once. The server places the incident itself when it is filed (and decides at the edges).
import type { GeoPoint } from '../../shared/governance/GeoMap';
import type { GridMap } from './incidents-api';

type Feature = GridMap['features'][number];

/** Ray casting over a ring of [lng, lat] positions. */
function inRing(ring: number[][], lng: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function gridAt(grids: GridMap, point: GeoPoint): Feature | null {
  for (const feature of grids.features) {
    const [outer, ...holes] = feature.geometry.coordinates;
    if (outer === undefined || !inRing(outer, point.lng, point.lat)) continue;
    if (holes.some((hole) => inRing(hole, point.lng, point.lat))) continue;
    return feature;
  }
  return null;
}
