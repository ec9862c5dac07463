// Status and deadline of a request as tags: the colour is never the only signal (the words say it too), and every
// tone keeps 4.5:1 contrast (antd's preset colours do not).
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../shared/StatusTag';
import type { RequestSummary } from './sharing-api';

const WARNING = { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' } as const;

/** An amber label (due soon, sensitive field) with AA contrast. */
export function WarningTag({ children }: { children: ReactNode }) {
  return <Tag style={WARNING}>{children}</Tag>;
}

const STATUS_TONES: Record<RequestSummary['status'], 'info' | 'success' | 'error' | null> = {
  compliance_check: 'info',
  provider_review: 'info',
  higher_review: 'info',
  approved: 'success',
  refused: 'error',
  revoked: null,
};

export function RequestStatusTag({ status }: { status: RequestSummary['status'] }) {
  const { t } = useTranslation();
  const tone = STATUS_TONES[status];
  const label = t(`exchangeSharing.status.${status}`);
  return tone === null ? <Tag>{label}</Tag> : <StatusTag tone={tone}>{label}</StatusTag>;
}

export function DeadlineTag({ dueOn, deadline }: Pick<RequestSummary, 'dueOn' | 'deadline'>) {
  const { t } = useTranslation();
  if (dueOn === null || deadline === null) return <span className="yw-muted">—</span>;
  const label = t(`exchangeSharing.deadline.${deadline}`);
  return (
    <span className="yw-cell-stack">
      <span>{t('exchangeSharing.dueOn', { date: dueOn })}</span>
      {deadline === 'overdue' ? <StatusTag tone="error">{label}</StatusTag> : deadline === 'approaching' ? <WarningTag>{label}</WarningTag> : <Tag>{label}</Tag>}
    </span>
  );
}
