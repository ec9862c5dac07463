// The grid map (the server's GeoJSON FeatureCollection) as a GeoMap layer, and the status colours of the map and
// its legend.
import type { FeatureCollection } from 'geojson';
import type { GeoLayer } from '../../shared/governance/GeoMap';
import type { GridFeatureView, GridMap, IncidentStatus } from './governance-api';

type PickName = (name: GridFeatureView['properties']['name']) => string;

/** The map before the grids have come: nothing drawn. */
export const NO_GRIDS: GridMap = { type: 'FeatureCollection', features: [] };

export function gridName(grid: GridFeatureView, pick: PickName): string {
  return pick(grid.properties.name);
}

/** One grid layer; the highlighted grid (the incident's) is drawn stronger. */
export function gridLayer(grids: GridMap, pick: PickName, highlight: string | null = null): GeoLayer {
  // Leaflet hands back plain GeoJSON features: each is found again by its id (the grid's code).
  const byId = new Map(grids.features.map((grid) => [grid.id, grid]));
  const data: FeatureCollection = { type: 'FeatureCollection', features: grids.features };
  return {
    id: 'grids',
    data,
    style: (feature) =>
      highlight !== null && feature?.id === highlight ? { color: '#0050b3', weight: 3, fillColor: '#1677ff', fillOpacity: 0.25 } : { color: '#5b6b7f', weight: 1, fillColor: '#d6e4ff', fillOpacity: 0.2 },
    label: (feature) => {
      const grid = byId.get(String(feature.id));
      return grid === undefined ? null : gridName(grid, pick);
    },
  };
}

/** Colours of the statuses on the map (the legend names them in words). */
export const STATUS_COLOURS: Record<IncidentStatus, string> = {
  registered: '#cf1322',
  returned: '#ad2102',
  dispatched: '#d46b08',
  accepted: '#1d39c4',
  in_progress: '#0958d9',
  handled: '#389e0d',
  verified: '#237804',
  closed: '#595959',
};
