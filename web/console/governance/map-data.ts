// Turns the grids answer into one GeoJSON layer for GeoMap, and gives the status colours of the map and its legend.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoLayer } from '../../shared/governance/GeoMap';
import { itemsOf, type IncidentStatus, type Text2 } from './governance-api';

interface GridItem {
  code: string;
  name?: Text2 | string;
  communityCode?: string;
  geometry?: Geometry;
  polygon?: Geometry;
  boundary?: Geometry;
}

/** The grids as a FeatureCollection: the answer may already be one, or `{ items }` each with its polygon. */
export function gridsCollection(answer: unknown): FeatureCollection {
  if (typeof answer === 'object' && answer !== null && (answer as { type?: unknown }).type === 'FeatureCollection') return answer as FeatureCollection;
  const features: Feature[] = [];
  for (const grid of itemsOf<GridItem>(answer)) {
    const geometry = grid.geometry ?? grid.polygon ?? grid.boundary;
    if (geometry === undefined) continue;
    features.push({ type: 'Feature', geometry, properties: { code: grid.code, name: grid.name, communityCode: grid.communityCode } });
  }
  return { type: 'FeatureCollection', features };
}

export function gridName(feature: Feature, pick: (text: Text2) => string): string | null {
  const properties = feature.properties ?? {};
  const name = properties.name as Text2 | string | undefined;
  const code = typeof properties.code === 'string' ? properties.code : null;
  if (name === undefined) return code;
  return typeof name === 'string' ? name : pick(name);
}

export function gridCode(feature: Feature | undefined): string | null {
  const code: unknown = feature?.properties?.code;
  return typeof code === 'string' ? code : null;
}

/** One grid layer; the highlighted grid (the incident's) is drawn stronger. */
export function gridLayer(collection: FeatureCollection, pick: (text: Text2) => string, highlight: string | null = null): GeoLayer {
  return {
    id: 'grids',
    data: collection,
    style: (feature) =>
      gridCode(feature) === highlight && highlight !== null ? { color: '#0050b3', weight: 3, fillColor: '#1677ff', fillOpacity: 0.25 } : { color: '#5b6b7f', weight: 1, fillColor: '#d6e4ff', fillOpacity: 0.2 },
    label: (feature) => gridName(feature, pick),
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
