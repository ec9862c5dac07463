import { useTranslation } from 'react-i18next';
import { StatusTag } from '../shared/StatusTag';

/** "全程网办" when nothing needs a visit, "最多跑 n 次" otherwise; nothing when the region has no list. */
export function VisitsTag({ visits }: { visits: number | null }) {
  const { t } = useTranslation();
  if (visits === null) return null;
  if (visits === 0) return <StatusTag tone="success">{t('portal.services.fullyOnline')}</StatusTag>;
  return <StatusTag tone="info">{t('portal.services.visits', { count: visits })}</StatusTag>;
}
