// How a case's state reads to the applicant: status tag, the deadline in working days, what is expected of them.
import { Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, CaseSummary } from '../../shared/application-types';
import { StatusTag } from '../../shared/StatusTag';

const TONE: Partial<Record<ApplicationStatus, 'success' | 'error' | 'info'>> = {
  completed: 'success',
  approved: 'success',
  delivered: 'success',
  denied: 'error',
  not_accepted: 'error',
  supplement_requested: 'error',
};

export function statusLabel(t: TFunction, status: string): string {
  return t(`portal.caseStatus.${status}`, { defaultValue: status });
}

export function CaseStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  const tone = TONE[status];
  if (tone === undefined) return <StatusTag tone="info">{statusLabel(t, status)}</StatusTag>;
  return <StatusTag tone={tone}>{statusLabel(t, status)}</StatusTag>;
}

const FINISHED: readonly ApplicationStatus[] = ['completed', 'denied', 'not_accepted', 'withdrawn', 'approved', 'delivered'];

/** "剩余 3 个工作日（至 2026-05-08）" / "已超期 2 个工作日" / "受理后开始计时", with a provisional-calendar mark. */
export function DeadlineText({ summary }: { summary: Pick<CaseSummary, 'status' | 'dueOn' | 'dueProvisional' | 'deadlineState' | 'workingDaysLeft'> }) {
  const { t } = useTranslation();
  if (FINISHED.includes(summary.status)) return <span>{t('portal.deadline.finished')}</span>;
  if (summary.status === 'supplement_requested' && summary.dueOn !== null) return <span>{t('portal.deadline.paused')}</span>;
  if (summary.workingDaysLeft === null || summary.dueOn === null) return <span>{t('portal.deadline.notStarted')}</span>;
  const text =
    summary.workingDaysLeft < 0
      ? t('portal.deadline.overdue', { count: -summary.workingDaysLeft, date: summary.dueOn })
      : t('portal.deadline.left', { count: summary.workingDaysLeft, date: summary.dueOn });
  return (
    <span className={`yw-deadline yw-deadline-${summary.deadlineState}`}>
      {text}
      {summary.deadlineState === 'approaching' && summary.workingDaysLeft >= 0 && <Tag className="yw-deadline-tag">{t('portal.deadline.approaching')}</Tag>}
      {summary.dueProvisional && (
        <Tooltip title={t('portal.deadline.provisionalHint')}>
          <Tag className="yw-deadline-tag" tabIndex={0}>
            {t('portal.deadline.provisional')}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}

/** What the applicant has to do now, from the status (lists carry no `expected`), or null for nothing. */
export function expectedOfMe(t: TFunction, summary: Pick<CaseSummary, 'status'>, expected?: 'supplement' | 'rate' | 'none'): string | null {
  if (expected === 'supplement' || summary.status === 'supplement_requested') return t('portal.expected.supplement');
  if (expected === 'rate') return t('portal.expected.rate');
  if (summary.status === 'delivered') return t('portal.expected.confirm');
  return null;
}

// Dates and times are shown in China time, the time of the offices and of case numbers and working days.
const TIME_ZONE = 'Asia/Shanghai';

/** 2026-11-28 (zh) / 28 Nov 2026 (en) for an ISO instant. */
export function formatDay(iso: string, language: string): string {
  return new Date(iso).toLocaleDateString(language, { timeZone: TIME_ZONE, dateStyle: 'medium' });
}

/** Date and time to the minute for an ISO instant. */
export function formatMoment(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language, { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short', hour12: false });
}

/** hh:mm for an instant. */
export function formatClock(date: Date, language: string): string {
  return date.toLocaleTimeString(language, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
}
