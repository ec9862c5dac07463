import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../PageHeading';

export function UsageReportsPage() {
  const { t } = useTranslation();
  return <PageHeading title={t('exchangeUsage.reportsTitle')} />;
}
