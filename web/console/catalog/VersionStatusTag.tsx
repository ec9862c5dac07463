import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../shared/StatusTag';

/** Draft, published or withdrawn, as a coloured label. */
export function VersionStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const label = t(`console.catalog.status.${status}`, { defaultValue: status });
  if (status === 'published') return <StatusTag tone="success">{label}</StatusTag>;
  if (status === 'draft') return <StatusTag tone="info">{label}</StatusTag>;
  return <Tag>{label}</Tag>;
}
