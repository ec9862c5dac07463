// Where it happened: a pin on the grid map (tap, or "use my location"), read back in words — the grid, community,
// street and district — so the place is clear without seeing the map.
import { AimOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import { GeoMap, type GeoLayer, type GeoPoint } from '../../shared/governance/GeoMap';
import { loadRegions, regionName } from '../../shared/regions';
import type { Region } from '../../shared/types';
import { gridAt } from './grid-lookup';
import type { GridMap } from './incidents-api';

interface LocationFieldProps {
  layers: GeoLayer[];
  grids: GridMap | undefined;
  value: GeoPoint | null;
  onChange: (point: GeoPoint | null) => void;
  /** A message from the server or the form about the location. */
  error: string | null;
}

function PlaceText({ point, grids }: { point: GeoPoint; grids: GridMap | undefined }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const [regions, setRegions] = useState<Map<string, Region> | null>(null);
  useEffect(() => {
    let live = true;
    loadRegions()
      .then((items) => live && setRegions(new Map(items.map((region) => [region.code, region]))))
      .catch(() => live && setRegions(new Map()));
    return () => {
      live = false;
    };
  }, []);
  const coordinates = t('governancePortal.report.coordinates', { lat: point.lat.toFixed(5), lon: point.lng.toFixed(5) });
  const grid = grids === undefined ? null : gridAt(grids, point);
  if (grid === null) {
    return (
      <span>
        {grids === undefined ? '' : `${t('governancePortal.report.outside')} `}
        <span className="yw-muted-text">({coordinates})</span>
      </span>
    );
  }
  const { communityCode, streetCode, districtCode } = grid.properties;
  const names = [text(grid.properties.name), ...[communityCode, streetCode, districtCode].map((code) => regions?.get(code)).filter((region) => region !== undefined).map((region) => regionName(region, i18n.language))];
  return (
    <span>
      {names.join(t('governancePortal.report.placeSeparator'))} <span className="yw-muted-text">({coordinates})</span>
    </span>
  );
}

export function LocationField({ layers, grids, value, onChange, error }: LocationFieldProps) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState(false);
  const [geoError, setGeoError] = useState<string | null>(null);

  const useMyLocation = () => {
    if (!('geolocation' in navigator)) {
      setGeoError(t('governancePortal.report.geoUnsupported'));
      return;
    }
    setLocating(true);
    setGeoError(null);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onChange({ lat: Math.round(position.coords.latitude * 1e6) / 1e6, lng: Math.round(position.coords.longitude * 1e6) / 1e6 });
      },
      () => {
        setLocating(false);
        setGeoError(t('governancePortal.report.geoFailed'));
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  };

  return (
    <div className="yw-location-field">
      <div className="yw-location-actions">
        <Button icon={<AimOutlined aria-hidden="true" />} onClick={useMyLocation} loading={locating} size="large">
          {t('governancePortal.report.useMyLocation')}
        </Button>
        {value !== null && (
          <Button onClick={() => onChange(null)} size="large">
            {t('governancePortal.report.clearPin')}
          </Button>
        )}
      </div>
      {geoError !== null && <Alert type="warning" showIcon title={geoError} />}
      <GeoMap
        ariaLabel={t('governancePortal.report.mapLabel')}
        layers={layers}
        onPick={(lat, lng) => onChange({ lat, lng })}
        picked={value}
        height={300}
        textAlternative={
          <p className="yw-location-text" aria-live="polite" data-testid="picked-place">
            <strong>{t('governancePortal.report.pinnedPlace')}</strong>
            {value === null ? t('governancePortal.report.noPin') : <PlaceText point={value} grids={grids} />}
          </p>
        }
      />
      {error !== null && (
        <div className="ant-form-item-explain-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
