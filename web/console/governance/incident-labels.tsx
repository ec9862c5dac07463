// Small views of an incident's words shared by the list and the detail page: status, urgency, deadline.
import type { TFunction } from 'i18next';
import { StatusTag } from '../../shared/StatusTag';
import { formatDateTime } from '../labels';
import { ESCALATION_LEVELS, type DeadlineState, type IncidentStatus, type Urgency } from './governance-api';

const DONE: readonly IncidentStatus[] = ['handled', 'verified', 'closed'];

export function IncidentStatusTag({ status, t }: { status: IncidentStatus; t: TFunction }) {
  const tone = status === 'returned' ? 'error' : DONE.includes(status) ? 'success' : 'info';
  return <StatusTag tone={tone}>{t(`governanceConsole.statuses.${status}`)}</StatusTag>;
}

export function UrgencyText({ urgency, t }: { urgency: Urgency; t: TFunction }) {
  return urgency === 'urgent' ? <StatusTag tone="error">{t('governanceConsole.urgencies.urgent')}</StatusTag> : <span>{t('governanceConsole.urgencies.normal')}</span>;
}

/** The deadline with its state in words (colour alone would not tell everyone). */
export function DeadlineCell({ at, state, t, language }: { at: string | null; state: DeadlineState | null; t: TFunction; language: string }) {
  if (at === null) return <span>—</span>;
  const className = state === 'overdue' ? 'yw-gov-deadline yw-gov-overdue' : state === 'approaching' ? 'yw-gov-deadline yw-gov-approaching' : 'yw-gov-deadline';
  return (
    <span className={className}>
      {formatDateTime(at, language)}
      {state !== null && state !== 'on_time' && ` (${t(`governanceConsole.deadlineStates.${state}`)})`}
    </span>
  );
}

export function escalationText(level: number, t: TFunction): string {
  return t(`governanceConsole.escalation.${ESCALATION_LEVELS[level] ?? 'none'}`);
}
