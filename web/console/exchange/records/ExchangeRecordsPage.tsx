import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../PageHeading';

export function ExchangeRecordsPage() {
  const { t } = useTranslation();
  return <PageHeading title={t('exchangeRecords.title')} />;
}
