import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusLabel, statusTone } from './case-labels';

/** A case's status as a coloured label (colours in applications.css keep 4.5:1 contrast). */
export function CaseStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag className={`yw-case-status yw-case-status-${statusTone(status)}`}>{statusLabel(t, status)}</Tag>;
}
