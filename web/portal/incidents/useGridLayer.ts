// The city's grids as one map layer: outlines on the plain background, each named on hover.
import type { GeoJsonObject } from 'geojson';
import { useMemo } from 'react';
import { useBilingual } from '../../shared/bilingual';
import type { GeoLayer } from '../../shared/governance/GeoMap';
import { useApiQuery, type ApiQuery } from '../../shared/useApiQuery';
import type { GridMap } from './incidents-api';

const GRID_STYLE = { color: '#1d39c4', weight: 1, fillColor: '#adc6ff', fillOpacity: 0.25 };

export function useGridLayer(): { layers: GeoLayer[]; query: ApiQuery<GridMap> } {
  const query = useApiQuery<GridMap>('/governance/grids');
  const text = useBilingual();
  const layers = useMemo<GeoLayer[]>(() => {
    if (query.data === undefined) return [];
    return [
      {
        id: 'grids',
        data: query.data as unknown as GeoJsonObject,
        style: GRID_STYLE,
        label: (feature) => {
          const name = (feature.properties as { name?: { zh: string; en: string } } | null)?.name;
          return name === undefined ? null : text(name);
        },
      },
    ];
  }, [query.data, text]);
  return { layers, query };
}
