import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../PageHeading';

export function ResourcesPage() {
  const { t } = useTranslation();
  return <PageHeading title={t('exchangeResources.title')} />;
}
