// Where the case stands and how it got there: the workflow steps with their roles, the supplement request and the
// decision when there is one, and the history of every transition.
import { Descriptions, Steps, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseView } from '../../shared/application-types';
import { useBilingual } from '../../shared/bilingual';
import { formatDateTime } from '../labels';
import { SectionCard } from '../SectionCard';
import { statusLabel, stepRoleLabel } from './case-labels';
import { CaseStatusTag } from './CaseStatusTag';

const STEP_STATUS = { done: 'finish', current: 'process', todo: 'wait' } as const;

export function CaseSteps({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const text = useBilingual();
  if (view.steps.length === 0) return null;
  // antd highlights step 0 unless told otherwise; a finished or refused case has no current step.
  const current = view.steps.findIndex((step) => step.state === 'current');
  return (
    <SectionCard title={t('console.applications.steps')}>
      <Steps
        orientation="vertical"
        size="small"
        current={current}
        items={view.steps.map((step) => ({
          key: step.index,
          status: STEP_STATUS[step.state],
          title: text(step.name),
          content: `${stepRoleLabel(t, step.role)} · ${t(`console.applications.stepStates.${step.state}`)}`,
        }))}
      />
    </SectionCard>
  );
}

/** What happened in an entry: the action in words (submit, supplement … or a staff action), else its code. */
function useEventLabel(): (action: string, toStatus: string) => string {
  const { t } = useTranslation();
  return (action: string, toStatus: string) => {
    if (action === 'approve' && toStatus === 'approved') return t('console.applications.actions.approveDecide');
    const event = t(`console.applications.events.${action}`, { defaultValue: '' });
    if (typeof event === 'string' && event !== '') return event;
    const label = t(`console.applications.actions.${action}`, { defaultValue: action });
    return typeof label === 'string' ? label : action;
  };
}

export function CaseTimeline({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const eventLabel = useEventLabel();
  const showCaseNumber = view.children.length > 0;
  return (
    <SectionCard title={t('console.applications.timeline')}>
      {view.timeline.length === 0 ? (
        <p className="yw-muted">{t('console.applications.noTimeline')}</p>
      ) : (
        <Timeline
          items={view.timeline.map((entry, index) => ({
            key: `${entry.at}-${index}`,
            content: (
              <div className="yw-case-event">
                <div>
                  <strong>{t('console.applications.timelineEntry', { actor: entry.actorName, action: eventLabel(entry.action, entry.toStatus) })}</strong>
                </div>
                <div className="yw-muted">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
                  {showCaseNumber && <span className="yw-mono"> · {entry.caseNumber}</span>}
                </div>
                {entry.fromStatus !== null && entry.fromStatus !== entry.toStatus && (
                  <div>{t('console.applications.statusChange', { from: statusLabel(t, entry.fromStatus), to: statusLabel(t, entry.toStatus) })}</div>
                )}
                {entry.note !== null && entry.note !== '' && <div className="yw-prewrap">{entry.note}</div>}
              </div>
            ),
          }))}
        />
      )}
    </SectionCard>
  );
}

export function CaseSupplementRequest({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const request = view.supplementRequest;
  if (request === null) return null;
  return (
    <SectionCard title={t('console.applications.supplementRequest')}>
      <p className="yw-muted">{t('console.applications.supplementRequestedAt', { at: formatDateTime(request.requestedAt, i18n.language) })}</p>
      <ul className="yw-case-supplement-items">
        {request.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {request.note !== '' && <p className="yw-prewrap">{t('console.applications.supplementNote', { note: request.note })}</p>}
    </SectionCard>
  );
}

export function CaseDecision({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const decision = view.decision;
  if (decision === null) return null;
  return (
    <SectionCard title={t('console.applications.decision')}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'outcome', label: t('console.applications.decision'), children: t(`console.applications.outcomes.${decision.outcome}`, { defaultValue: decision.outcome }) },
          ...(decision.reason === undefined ? [] : [{ key: 'reason', label: t('console.applications.reason'), children: <span className="yw-prewrap">{decision.reason}</span> }]),
          ...(decision.legalBasis === undefined ? [] : [{ key: 'basis', label: t('console.applications.legalBasis'), children: decision.legalBasis }]),
          { key: 'at', label: t('console.applications.decidedAt'), children: formatDateTime(decision.at, i18n.language) },
          ...(view.licence === null
            ? []
            : [{ key: 'licence', label: t('console.applications.licence'), children: t('console.applications.licenceNumber', { number: view.licence.number }) }]),
        ]}
      />
    </SectionCard>
  );
}

/** The cases of a life event (一件事), when the case shown is its bundle. */
export function CaseChildren({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const text = useBilingual();
  if (view.children.length === 0) return null;
  return (
    <SectionCard title={t('console.applications.children')}>
      <ul className="yw-case-children">
        {view.children.map((child) => (
          <li key={child.id}>
            <Link to={`/applications/${encodeURIComponent(child.id)}`} className="yw-mono">
              {child.caseNumber}
            </Link>{' '}
            {text(child.title)} <CaseStatusTag status={child.status} />
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}
