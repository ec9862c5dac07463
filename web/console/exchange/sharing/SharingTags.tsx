// Status and deadline of a request as tags: the colour is never the only signal (the words say it too).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from './sharing-api';

const STATUS_COLOURS: Record<RequestSummary['status'], string> = {
  compliance_check: 'processing',
  provider_review: 'processing',
  higher_review: 'processing',
  approved: 'success',
  refused: 'error',
  revoked: 'default',
};

export function RequestStatusTag({ status }: { status: RequestSummary['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`exchangeSharing.status.${status}`)}</Tag>;
}

export function DeadlineTag({ dueOn, deadline }: Pick<RequestSummary, 'dueOn' | 'deadline'>) {
  const { t } = useTranslation();
  if (dueOn === null || deadline === null) return <span className="yw-muted">—</span>;
  const colour = deadline === 'overdue' ? 'red' : deadline === 'approaching' ? 'orange' : undefined;
  return (
    <span className="yw-cell-stack">
      <span>{t('exchangeSharing.dueOn', { date: dueOn })}</span>
      <Tag color={colour}>{t(`exchangeSharing.deadline.${deadline}`)}</Tag>
    </span>
  );
}
