// Picks the service region (city, district, street or community) whose local implementation the guides show.
import { EnvironmentOutlined } from '@ant-design/icons';
import { Cascader } from 'antd';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildRegionTree, regionOptions, regionPath, useRegions } from '../shared/regions';
import { useServiceRegion } from './service-region';

export function ServiceRegionSelect({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const { code, source, choose } = useServiceRegion();
  const { regions, error } = useRegions();
  const id = useId();
  const hintId = useId();
  const options = useMemo(() => regionOptions(buildRegionTree(regions ?? []), i18n.language), [regions, i18n.language]);
  const path = useMemo(() => (regions === undefined ? undefined : regionPath(regions, code)), [regions, code]);

  return (
    <div className={['yw-service-region', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="yw-service-region-label">
        <EnvironmentOutlined aria-hidden="true" /> {t('portal.hall.region')}
      </label>
      <Cascader
        id={id}
        aria-describedby={source === 'profile' ? hintId : undefined}
        className="yw-service-region-input"
        options={options}
        value={path}
        loading={regions === undefined && error === undefined}
        disabled={error !== undefined}
        changeOnSelect
        allowClear={false}
        expandTrigger="click"
        displayRender={(labels) => labels.at(-1)}
        onChange={(next) => {
          const last = Array.isArray(next) ? next.at(-1) : undefined;
          if (last !== undefined) choose(String(last));
        }}
      />
      {source === 'profile' && (
        <span id={hintId} className="yw-service-region-hint">
          {t('portal.hall.regionFromProfile')}
        </span>
      )}
    </div>
  );
}
