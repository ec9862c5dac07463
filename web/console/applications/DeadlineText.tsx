// The deadline of a case: its due date, then the working days left or overdue — orange when approaching, red when
// overdue, and said in words too, so the colour is never the only signal.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../shared/application-types';
import { formatDate } from './case-labels';

type Deadline = Pick<CaseSummary, 'status' | 'dueOn' | 'dueProvisional' | 'deadlineState' | 'workingDaysLeft'>;

const BEFORE_ACCEPTANCE = ['waiting', 'submitted'];

/** Whether there is anything to say about the deadline: a due date, or "starts at acceptance". */
export function hasDeadline(deadline: Pick<Deadline, 'status' | 'dueOn'>): boolean {
  return deadline.dueOn !== null || BEFORE_ACCEPTANCE.includes(deadline.status);
}

export function DeadlineText({ deadline }: { deadline: Deadline }) {
  const { t, i18n } = useTranslation();
  if (deadline.dueOn === null) {
    return <span className="yw-muted">{BEFORE_ACCEPTANCE.includes(deadline.status) ? t('console.applications.notStarted') : '—'}</span>;
  }
  const left = deadline.workingDaysLeft;
  const state = deadline.deadlineState;
  let remaining: string | null = null;
  if (left !== null) {
    if (left < 0) remaining = t('console.applications.daysOverdue', { count: -left });
    else if (left === 0) remaining = t('console.applications.dueToday');
    else remaining = t('console.applications.daysLeft', { count: left });
  }
  return (
    <span className="yw-cell-stack">
      <span>
        {t('console.applications.dueOn', { date: formatDate(deadline.dueOn, i18n.language) })}
        {deadline.dueProvisional && (
          <Tag className="yw-case-provisional" title={t('console.applications.provisionalHelp')}>
            {t('console.applications.provisional')}
          </Tag>
        )}
      </span>
      {remaining !== null && (
        <span className={`yw-deadline yw-deadline-${state}`}>
          {state === 'approaching' ? `${t('console.applications.deadlineStates.approaching')} · ${remaining}` : remaining}
        </span>
      )}
    </span>
  );
}
