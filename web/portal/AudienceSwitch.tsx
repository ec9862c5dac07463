// "For individuals / for enterprises": which services the hall and the result list show.
import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../shared/catalog-types';

interface AudienceSwitchProps {
  value: Audience | undefined;
  onChange: (audience: Audience | undefined) => void;
  /** Offer "all" as a third choice (the result list); the hall always has one audience. */
  hasAll?: boolean;
}

export function AudienceSwitch({ value, onChange, hasAll = false }: AudienceSwitchProps) {
  const { t } = useTranslation();
  const options = [
    ...(hasAll ? [{ value: 'all', label: t('portal.hall.audienceAll') }] : []),
    { value: 'person', label: t('portal.hall.audiencePerson') },
    { value: 'enterprise', label: t('portal.hall.audienceEnterprise') },
  ];
  return (
    <fieldset className="yw-audience-switch">
      <legend className="yw-visually-hidden">{t('portal.hall.audience')}</legend>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        options={options}
        value={value ?? 'all'}
        onChange={(event) => {
          const next = String(event.target.value);
          onChange(next === 'person' || next === 'enterprise' ? next : undefined);
        }}
      />
    </fieldset>
  );
}
