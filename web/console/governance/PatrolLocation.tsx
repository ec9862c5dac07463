// Where the grid worker stands: the device's location first, a pin on the map when it is refused or unavailable,
// and their own grid chosen (its centre is the place until a better one is known).
import { Alert, Button, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../../shared/api';
import { useBilingual } from '../../shared/bilingual';
import { GeoMap } from '../../shared/governance/GeoMap';
import { useApiQuery } from '../../shared/useApiQuery';
import type { GridFeatureView, GridMap, LocatedPlaceView, MyGridsView } from './governance-api';
import { gridLayer, gridName } from './map-data';

export interface PatrolPlace {
  lat: number;
  lng: number;
  label: string;
}

/** The average of the outer ring's corners: inside for the convex grids of the demo map, and good enough as a start. */
function centre(grid: GridFeatureView): { lat: number; lng: number } | null {
  const ring = grid.geometry.coordinates[0];
  if (ring === undefined || ring.length === 0) return null;
  const corners = ring.length > 1 ? ring.slice(0, -1) : ring;
  const lng = corners.reduce((sum, position) => sum + (position[0] ?? 0), 0) / corners.length;
  const lat = corners.reduce((sum, position) => sum + (position[1] ?? 0), 0) / corners.length;
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

export function PatrolLocation({ grids, place, onChange }: { grids: GridMap; place: PatrolPlace | null; onChange: (place: PatrolPlace) => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const [grid, setGrid] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'asking' | 'denied' | 'unavailable'>('idle');
  const mine = useApiQuery<MyGridsView>('/governance/me/grids');
  const located = useApiQuery<LocatedPlaceView>(place === null ? null : `/governance/places/locate${queryString({ lat: place.lat, lng: place.lng })}`);
  const layers = useMemo(() => [gridLayer(grids, text, grid)], [grids, text, grid]);
  const byCode = useMemo(() => new Map(grids.features.map((feature) => [feature.properties.code, feature])), [grids]);

  function choose(code: string, withPlace: boolean) {
    setGrid(code);
    const feature = byCode.get(code);
    const point = feature === undefined ? null : centre(feature);
    if (withPlace && point !== null && feature !== undefined) onChange({ ...point, label: gridName(feature, text) });
  }

  // Their own (first) grid until the located point says which grid they stand in.
  const own = mine.data?.items[0]?.code ?? null;
  useEffect(() => {
    if (grid === null && own !== null && byCode.has(own)) choose(own, place === null);
  }, [own, byCode]);
  useEffect(() => {
    const code = located.data?.gridCode ?? null;
    if (code !== null) setGrid(code);
  }, [located.data]);

  function locateDevice() {
    if (!('geolocation' in navigator)) {
      setStatus('unavailable');
      return;
    }
    setStatus('asking');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setStatus('idle');
        const lat = Math.round(position.coords.latitude * 1e6) / 1e6;
        const lng = Math.round(position.coords.longitude * 1e6) / 1e6;
        onChange({ lat, lng, label: t('governanceConsole.patrol.devicePlace', { lat, lon: lng }) });
      },
      (failure) => setStatus(failure.code === failure.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    );
  }

  const gridOptions = grids.features.map((feature) => ({ value: feature.properties.code, label: gridName(feature, text) }));
  return (
    <div>
      <Button type="primary" block loading={status === 'asking'} onClick={locateDevice}>
        {t('governanceConsole.patrol.useDevice')}
      </Button>
      <div aria-live="polite">
        {(status === 'denied' || status === 'unavailable') && <Alert className="yw-form-alert" type="warning" showIcon title={t(`governanceConsole.patrol.location_${status}`)} />}
        {place !== null && <p>{t('governanceConsole.patrol.placeIs', { place: place.label })}</p>}
        {located.data?.outside === true && <p>{t('governanceConsole.incident.outsideGrids')}</p>}
      </div>
      <label>
        <div>{t('governanceConsole.patrol.grid')}</div>
        <Select className="yw-gov-grid-select" style={{ width: '100%' }} showSearch={{ optionFilterProp: 'label' }} value={grid ?? undefined} options={gridOptions} onChange={(code: string) => choose(code, true)} aria-label={t('governanceConsole.patrol.grid')} />
      </label>
      <GeoMap
        ariaLabel={t('governanceConsole.patrol.pinMap')}
        layers={layers}
        onPick={(lat, lng) => onChange({ lat, lng, label: t('governanceConsole.patrol.pinPlace', { lat, lon: lng }) })}
        picked={place}
        fitKey={grid ?? 'all'}
        height={280}
        textAlternative={<p>{place === null ? t('governanceConsole.hotline.noPin') : t('governanceConsole.hotline.pinAt', { lat: place.lat, lon: place.lng })}</p>}
      />
    </div>
  );
}
