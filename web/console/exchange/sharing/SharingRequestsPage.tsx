import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../PageHeading';

export function SharingRequestsPage() {
  const { t } = useTranslation();
  return <PageHeading title={t('exchangeSharing.title')} />;
}
