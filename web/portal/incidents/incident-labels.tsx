// How an incident's state reads to citizens: its status tag, the seven steps of the loop, and colours for the map.
import { Steps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { IncidentStatus } from '../../../server/modules/governance/model';
import { StatusTag } from '../../shared/StatusTag';

export function statusText(t: TFunction, status: string): string {
  return t(`governancePortal.status.${status}`, { defaultValue: status });
}

const TONE: Record<IncidentStatus, 'success' | 'error' | 'info'> = {
  registered: 'info',
  returned: 'info',
  dispatched: 'info',
  accepted: 'info',
  in_progress: 'info',
  handled: 'success',
  verified: 'success',
  closed: 'success',
};

export function IncidentStatusTag({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation();
  return <StatusTag tone={TONE[status]}>{statusText(t, status)}</StatusTag>;
}

/** The loop a reporter follows; a returned incident (退单) is back with the dispatcher, so it reads as registered. */
export const STEPS: readonly IncidentStatus[] = ['registered', 'dispatched', 'accepted', 'in_progress', 'handled', 'verified', 'closed'];

function stepIndex(status: IncidentStatus): number {
  return status === 'returned' ? 0 : STEPS.indexOf(status);
}

export function IncidentSteps({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation();
  const current = stepIndex(status);
  return (
    <Steps
      className="yw-incident-steps"
      orientation="vertical"
      size="small"
      current={current}
      status={status === 'closed' ? 'finish' : 'process'}
      items={STEPS.map((step, index) => ({
        title: statusText(t, step),
        content: index === current && status === 'returned' ? t('governancePortal.progress.returnedNote') : undefined,
      }))}
    />
  );
}

/** Map colours by stage, each at least 3:1 against the map's pale background (WCAG non-text contrast). */
export const STAGE_COLOURS = { waiting: '#c41d7f', working: '#d46b08', done: '#237804' } as const;
export type Stage = keyof typeof STAGE_COLOURS;

export function stageOf(status: IncidentStatus): Stage {
  if (status === 'registered' || status === 'returned') return 'waiting';
  if (status === 'dispatched' || status === 'accepted' || status === 'in_progress') return 'working';
  return 'done';
}
