// Language and elderly-mode switches, placed in the header of both apps.
import { Button, Switch } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from './i18n';
import { usePreferences } from './preferences';

const OTHER_LANGUAGE: Record<Language, { code: Language; label: string }> = {
  'zh-CN': { code: 'en', label: 'English' },
  en: { code: 'zh-CN', label: '中文' },
};

export function LanguageSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { language, setLanguage } = usePreferences();
  const other = OTHER_LANGUAGE[language];
  return (
    <Button
      type="text"
      className={className}
      lang={other.code}
      title={t('common.switchLanguage')}
      onClick={() => setLanguage(other.code)}
    >
      {other.label}
    </Button>
  );
}

export function ElderlySwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { isElderly, setElderly } = usePreferences();
  const id = useId();
  return (
    <span className={['yw-elderly-switch', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{t('common.elderlyMode')}</label>
      <Switch id={id} checked={isElderly} onChange={setElderly} />
    </span>
  );
}

export function HeaderControls({ className }: { className?: string }) {
  return (
    <div className={['yw-header-controls', className].filter(Boolean).join(' ')}>
      <LanguageSwitch />
      <ElderlySwitch />
    </div>
  );
}
