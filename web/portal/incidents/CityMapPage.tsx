// /city-map — public: incidents of public categories, anonymised (category, stage, a rounded place), on the grid
// map, with a legend and the same facts as text: counts per category and a list of the points.
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../../shared/api';
import { useBilingual } from '../../shared/bilingual';
import { GeoMap, MarkerList, type GeoLayer, type GeoMarker } from '../../shared/governance/GeoMap';
import { PageLoading, QueryError } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { formatDay } from '../applications/case-labels';
import type { GridMap, PublicPoint } from './incidents-api';
import { STAGE_COLOURS, stageOf, statusText, type Stage } from './incident-labels';
import { useGridLayer } from './useGridLayer';

/** The city's extent, west,south,east,north: the server's bbox of the grids, or the extent of their corners. */
function cityBox(grids: GridMap): string | null {
  if (grids.bbox !== undefined) return grids.bbox.join(',');
  const corners = grids.features.flatMap((feature) => feature.geometry.coordinates.flat());
  if (corners.length === 0) return null;
  const lngs = corners.map((corner) => corner[0] ?? 0);
  const lats = corners.map((corner) => corner[1] ?? 0);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)].join(',');
}

function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="yw-map-legend" aria-label={t('governancePortal.cityMap.legend')}>
      {(Object.keys(STAGE_COLOURS) as Stage[]).map((stage) => (
        <li key={stage}>
          <span className="yw-geo-dot" style={{ background: STAGE_COLOURS[stage] }} aria-hidden="true" />
          {t(`governancePortal.cityMap.stage.${stage}`)}
        </li>
      ))}
    </ul>
  );
}

function Counts({ points }: { points: PublicPoint[] }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const rows = useMemo(() => {
    const byCategory = new Map<string, { name: string; counts: Record<Stage, number> }>();
    for (const point of points) {
      const row = byCategory.get(point.category.code) ?? { name: text(point.category.name), counts: { waiting: 0, working: 0, done: 0 } };
      row.counts[stageOf(point.status)] += 1;
      byCategory.set(point.category.code, row);
    }
    return [...byCategory.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name));
  }, [points, text]);
  return (
    <table className="yw-map-counts">
      <caption>{t('governancePortal.cityMap.countsCaption', { count: points.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('governancePortal.progress.category')}</th>
          {(Object.keys(STAGE_COLOURS) as Stage[]).map((stage) => (
            <th key={stage} scope="col">
              {t(`governancePortal.cityMap.stage.${stage}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([code, row]) => (
          <tr key={code}>
            <th scope="row">{row.name}</th>
            <td>{row.counts.waiting}</td>
            <td>{row.counts.working}</td>
            <td>{row.counts.done}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every point as text; drawn only when opened, since a month of a city's incidents is a long list. */
function PointList({ markers }: { markers: GeoMarker[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="yw-map-points" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('governancePortal.cityMap.pointList', { count: markers.length })}</summary>
      {open && <MarkerList markers={markers} />}
    </details>
  );
}

function PublicMap({ points, layers }: { points: PublicPoint[]; layers: GeoLayer[] }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const [category, setCategory] = useState<string | undefined>();
  const categories = useMemo(() => [...new Map(points.map((p) => [p.category.code, p.category])).values()], [points]);
  const shown = useMemo(() => (category === undefined ? points : points.filter((p) => p.category.code === category)), [points, category]);
  const markers = useMemo<GeoMarker[]>(
    () =>
      shown.map((point) => ({
        id: point.id,
        lat: point.lat,
        lng: point.lng,
        color: STAGE_COLOURS[stageOf(point.status)],
        label: `${text(point.category.name)} · ${statusText(t, point.status)} · ${formatDay(point.createdAt, i18n.language)}`,
      })),
    [shown, text, t, i18n.language],
  );
  return (
    <>
      <div className="yw-map-toolbar">
        <label htmlFor="city-map-category">{t('governancePortal.cityMap.filter')}</label>
        <Select
          id="city-map-category"
          allowClear
          size="large"
          className="yw-map-filter"
          placeholder={t('governancePortal.cityMap.allCategories')}
          value={category}
          onChange={(code: string | undefined) => setCategory(code ?? undefined)}
          options={categories.map((c) => ({ value: c.code, label: text(c.name) }))}
        />
        <Legend />
      </div>
      <GeoMap
        ariaLabel={t('governancePortal.cityMap.mapLabel')}
        layers={layers}
        markers={markers}
        height={440}
        textAlternative={
          <>
            <Counts points={shown} />
            <PointList markers={markers} />
          </>
        }
      />
    </>
  );
}

export function CityMapPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('governancePortal.cityMap.title'), 'app.portalName');
  const { layers, query: grids } = useGridLayer();
  const box = grids.data === undefined ? null : cityBox(grids.data);
  const query = useApiQuery<{ items: PublicPoint[] }>(box === null ? null : `/governance/public-incidents${queryString({ bbox: box })}`);
  const error = grids.error ?? query.error;
  const reload = grids.error !== undefined ? grids.reload : query.reload;
  return (
    <div className="yw-container yw-section yw-incident-page yw-city-map">
      <h1 className="yw-page-title">{t('governancePortal.cityMap.title')}</h1>
      <p className="yw-page-intro">{t('governancePortal.cityMap.intro')}</p>
      {error !== undefined ? <QueryError error={error} onRetry={reload} /> : query.data === undefined ? <PageLoading /> : <PublicMap points={query.data.items} layers={layers} />}
    </div>
  );
}
