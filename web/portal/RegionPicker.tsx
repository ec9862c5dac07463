// Optional community picker (district → street → community) fed by the public region list.
import { Cascader } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildRegionTree, loadRegions, regionOptions, regionPath, type RegionNode } from '../shared/regions';
import type { Region } from '../shared/types';

/** Skips the levels with one region only (the province and city of a single-city installation). */
function startLevel(roots: RegionNode[]): RegionNode[] {
  let level = roots;
  while (level.length === 1 && level[0] !== undefined && level[0].level !== 'street' && level[0].children.length > 0) {
    level = level[0].children;
  }
  return level;
}

interface RegionPickerProps {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
}

/** A form control whose value is one community code (or undefined). */
export function RegionPicker({ id, value, onChange, ...aria }: RegionPickerProps) {
  const { t, i18n } = useTranslation();
  const [regions, setRegions] = useState<Region[]>([]);
  const [isLoading, setIsLoading] = useState(true);
  const [hasFailed, setHasFailed] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    loadRegions()
      .then((items) => {
        if (isCurrent) setRegions(items);
      })
      .catch(() => {
        // The field is optional: without the list the user can still register, so only mark the picker.
        if (isCurrent) setHasFailed(true);
      })
      .finally(() => {
        if (isCurrent) setIsLoading(false);
      });
    return () => {
      isCurrent = false;
    };
  }, []);

  const options = useMemo(() => regionOptions(startLevel(buildRegionTree(regions)), i18n.language), [regions, i18n.language]);
  const path = useMemo(() => {
    if (value === undefined) return undefined;
    const full = regionPath(regions, value);
    const firstShown = options.map((option) => option.value);
    const start = full.findIndex((code) => firstShown.includes(code));
    return start < 0 ? undefined : full.slice(start);
  }, [regions, options, value]);

  return (
    <Cascader
      id={id}
      {...aria}
      options={options}
      value={path}
      loading={isLoading}
      disabled={hasFailed}
      placeholder={t('portal.register.regionPlaceholder')}
      showSearch={{ filter: (input, optionPath) => optionPath.some((option) => String(option.label).includes(input)) }}
      onChange={(next) => onChange?.(Array.isArray(next) ? next.map(String).at(-1) : undefined)}
      allowClear
    />
  );
}
