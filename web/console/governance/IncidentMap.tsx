// The incident's point on the map of grids, its grid outlined; nothing to draw for incidents with no place.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import { GeoMap } from '../../shared/governance/GeoMap';
import { useApiQuery } from '../../shared/useApiQuery';
import type { GridMap, IncidentDetail } from './governance-api';
import { STATUS_COLOURS, gridLayer } from './map-data';

export function IncidentMap({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const grids = useApiQuery<GridMap>('/governance/grids');
  const layers = useMemo(() => (grids.data === undefined ? [] : [gridLayer(grids.data, text, incident.grid?.code ?? null)]), [grids.data, text, incident.grid]);
  if (incident.lat === null || incident.lng === null) return <p>{incident.address ?? t('governanceConsole.incident.noPlace')}</p>;
  const label = `${incident.number} · ${incident.grid === null ? t('governanceConsole.incident.outsideGrids') : text(incident.grid.name)}`;
  return (
    <GeoMap
      ariaLabel={t('governanceConsole.incident.mapLabel', { number: incident.number })}
      layers={layers}
      markers={[{ id: incident.id, lat: incident.lat, lng: incident.lng, color: STATUS_COLOURS[incident.status], label }]}
      fit="markers"
      fitKey={incident.id}
      height={280}
    />
  );
}
