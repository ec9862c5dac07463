import { useTranslation } from 'react-i18next';

export function OpenDataPage() {
  const { t } = useTranslation();
  return <h1>{t('exchangeResources.openDataTitle')}</h1>;
}
