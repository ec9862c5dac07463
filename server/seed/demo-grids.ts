import type { GeoPolygon, I18nText } from '../modules/governance/model';
import { demoRegions } from './demo-region';

// The demo city's map: each community is a block of the fictional city 明湖市, split into 3 or 4 grids (网格).
// Districts lie side by side west to east with a strip of open land between them (outside every grid), streets
// south to north inside a district, communities west to east inside a street.

export interface SeedGrid {
  code: string;
  name: I18nText;
  communityCode: string;
  geometry: GeoPolygon;
}

/** South-west corner of the city and the size of one community block, in degrees. */
export const CITY_ORIGIN = { lng: 120.1, lat: 30.2 } as const;
const BLOCK = { lng: 0.02, lat: 0.015 } as const;
const DISTRICT_GAP = 0.006;

function rectangle(west: number, south: number, east: number, north: number): GeoPolygon {
  const r = (n: number) => Math.round(n * 1e6) / 1e6;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [r(west), r(south)],
        [r(east), r(south)],
        [r(east), r(north)],
        [r(west), r(north)],
        [r(west), r(south)],
      ],
    ],
  };
}

export function demoGrids(): SeedGrid[] {
  const out: SeedGrid[] = [];
  const districts = demoRegions.filter((r) => r.level === 'district');
  districts.forEach((district, d) => {
    const streets = demoRegions.filter((r) => r.parentCode === district.code);
    streets.forEach((street, s) => {
      const communities = demoRegions.filter((r) => r.parentCode === street.code);
      communities.forEach((community, c) => {
        const west = CITY_ORIGIN.lng + d * (2 * BLOCK.lng + DISTRICT_GAP) + c * BLOCK.lng;
        const south = CITY_ORIGIN.lat + s * BLOCK.lat;
        // Alternate 4 and 3 grids, split west to east.
        const count = (d + s + c) % 2 === 0 ? 4 : 3;
        const width = BLOCK.lng / count;
        for (let g = 0; g < count; g++) {
          out.push({
            code: `${community.code}-G${g + 1}`,
            name: { zh: `${community.name}第${g + 1}网格`, en: `${community.nameEn} grid ${g + 1}` },
            communityCode: community.code,
            geometry: rectangle(west + g * width, south, g === count - 1 ? west + BLOCK.lng : west + (g + 1) * width, south + BLOCK.lat),
          });
        }
      });
    });
  });
  return out;
}
