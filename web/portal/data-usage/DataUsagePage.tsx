import { useTranslation } from 'react-i18next';

export function DataUsagePage() {
  const { t } = useTranslation();
  return <h1>{t('exchangeUsage.title')}</h1>;
}
