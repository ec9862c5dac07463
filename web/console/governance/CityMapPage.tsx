// 城市运行一张图: the grids, open incidents coloured by status, hotspots as circles, the 未诉先办 suggestions that
// come from them, and how well the classifier does.
import { List } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import { GeoMap, type GeoCircle, type GeoMarker } from '../../shared/governance/GeoMap';
import { ErrorNotice } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { PageHeading } from '../PageHeading';
import { SectionCard } from '../SectionCard';
import { ClassifierCard } from './ClassifierCard';
import { INCIDENT_STATUSES, type GridMap, type Hotspots, type IncidentStatus, type MapIncidents, type ProactiveSuggestions } from './governance-api';
import { NO_GRIDS, STATUS_COLOURS, gridLayer } from './map-data';
import './governance.css';

const HOTSPOT_COLOUR = '#722ed1';

export function CityMapPage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const grids = useApiQuery<GridMap>('/governance/grids');
  const incidents = useApiQuery<MapIncidents>('/governance/map-incidents');
  const hotspots = useApiQuery<Hotspots>('/governance/hotspots');
  const suggestions = useApiQuery<ProactiveSuggestions>('/governance/proactive-suggestions');
  const collection = grids.data ?? NO_GRIDS;
  const layers = useMemo(() => [gridLayer(collection, text)], [collection, text]);
  const points = useMemo(() => incidents.data?.items ?? [], [incidents.data]);
  const markers = useMemo<GeoMarker[]>(
    () =>
      points.map((incident) => ({
        id: incident.id,
        lat: incident.lat,
        lng: incident.lng,
        color: STATUS_COLOURS[incident.status],
        label: [incident.number, incident.category === null ? null : text(incident.category.name), t(`governanceConsole.statuses.${incident.status}`)].filter((part) => part !== null).join(' · '),
      })),
    [points, text, t],
  );
  const circles = useMemo<GeoCircle[]>(
    () =>
      (hotspots.data?.items ?? []).map((hotspot) => ({
        id: hotspot.id,
        lat: hotspot.lat,
        lng: hotspot.lng,
        radiusMeters: hotspot.radiusMeters,
        color: HOTSPOT_COLOUR,
        label: t('governanceConsole.map.hotspotLabel', { category: text(hotspot.category.name), count: hotspot.count }),
      })),
    [hotspots.data, text, t],
  );
  const counts = new Map<IncidentStatus, number>();
  for (const incident of points) counts.set(incident.status, (counts.get(incident.status) ?? 0) + 1);
  const gridCount = collection.features.length;
  return (
    <>
      <PageHeading title={t('governanceConsole.map.title')} intro={t('governanceConsole.map.intro')} />
      {grids.error !== undefined && <ErrorNotice error={grids.error} onRetry={grids.reload} />}
      <GeoMap
        ariaLabel={t('governanceConsole.map.mapLabel')}
        layers={layers}
        markers={markers}
        circles={circles}
        height={520}
        textAlternative={
          <p>
            {t('governanceConsole.map.summary', { grids: gridCount, incidents: points.length, hotspots: circles.length })}
          </p>
        }
      />
      <section aria-labelledby="yw-gov-legend">
        <h2 id="yw-gov-legend">{t('governanceConsole.map.legend')}</h2>
        <ul className="yw-gov-legend">
          {INCIDENT_STATUSES.filter((status) => status !== 'closed').map((status) => (
            <li key={status}>
              <span className="yw-gov-swatch" style={{ background: STATUS_COLOURS[status] }} aria-hidden="true" />
              {t(`governanceConsole.statuses.${status}`)} ({counts.get(status) ?? 0})
            </li>
          ))}
          <li>
            <span className="yw-gov-swatch" style={{ background: HOTSPOT_COLOUR }} aria-hidden="true" />
            {t('governanceConsole.map.hotspots')} ({circles.length})
          </li>
        </ul>
      </section>
      <div className="yw-gov-grid">
        <SectionCard title={t('governanceConsole.map.proactive')}>
          <List
            locale={{ emptyText: t('governanceConsole.map.noProactive') }}
            loading={suggestions.isLoading}
            dataSource={suggestions.data?.items ?? []}
            renderItem={(item) => (
              <List.Item key={item.id}>
                <div>
                  <strong>{text(item.title)}</strong>
                  <div className="yw-muted">{[text(item.district.name), text(item.category.name), t('governanceConsole.map.incidentCount', { count: item.count })].join(' · ')}</div>
                </div>
              </List.Item>
            )}
          />
          <Link to="/governance/incidents">{t('governanceConsole.map.toIncidents')}</Link>
        </SectionCard>
        <ClassifierCard />
      </div>
    </>
  );
}
