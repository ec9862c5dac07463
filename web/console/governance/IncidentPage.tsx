// 事件详情: summary, the classifier's suggestion, photos, place, parts, duplicates and timeline; the action buttons
// are exactly the ones the server allows this user now.
import { Alert, Button, Descriptions, Table, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import { PageLoading, QueryError } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { formatDateTime } from '../labels';
import { PageHeading } from '../PageHeading';
import { SectionCard } from '../SectionCard';
import { ActionDialog } from './ActionDialogs';
import { actOnIncident, incidentPath, isVersionConflict, type ActionBody, type IncidentDetail, type IncidentPart } from './governance-api';
import { DeadlineCell, IncidentStatusTag, UrgencyText, escalationText } from './incident-labels';
import { IncidentMap } from './IncidentMap';
import './governance.css';

export function IncidentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useApiQuery<IncidentDetail>(incidentPath(id));
  const [action, setAction] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ type: 'success' | 'warning'; text: string } | null>(null);
  const navigate = useNavigate();
  if (query.error !== undefined && query.data === undefined) return <QueryError error={query.error} onRetry={query.reload} />;
  const incident = query.data;
  if (incident === undefined) return <PageLoading />;

  async function submit(body: ActionBody) {
    if (incident === undefined || action === null) return;
    try {
      const answer = await actOnIncident(incident.id, action, incident.version, body);
      const done = t('governanceConsole.actionDone', { action: t(`governanceConsole.actions.${action}`) });
      // After 退单 the department no longer holds the incident: the answer is a bare summary (no timeline), and the
      // list is where the handler goes on.
      if (answer.timeline.length === 0) {
        void navigate('/governance/incidents', { state: { notice: done } });
        return;
      }
      setNotice({ type: 'success', text: done });
      setAction(null);
      query.reload();
    } catch (cause) {
      if (!isVersionConflict(cause)) throw cause;
      // Someone else acted first: the dialog closes, the page says so and shows the current state.
      setAction(null);
      setNotice({ type: 'warning', text: t('governanceConsole.conflict') });
      query.reload();
    }
  }

  return (
    <>
      <PageHeading title={t('governanceConsole.incident.title', { number: incident.number })} intro={incident.description} />
      <div aria-live="polite">{notice !== null && <Alert className="yw-form-alert" type={notice.type} showIcon title={notice.text} />}</div>
      {incident.allowedActions.length > 0 && (
        <section className="yw-gov-actions" aria-label={t('governanceConsole.incident.actions')}>
          {incident.allowedActions.map((name) => (
            <Button key={name} type={name === 'dispatch' || name === 'handle' ? 'primary' : 'default'} onClick={() => setAction(name)}>
              {t(`governanceConsole.actions.${name}`)}
            </Button>
          ))}
        </section>
      )}
      <div className="yw-gov-grid">
        <Summary incident={incident} />
        <SectionCard title={t('governanceConsole.incident.place')}>
          <IncidentMap incident={incident} />
        </SectionCard>
      </div>
      <Details incident={incident} />
      {action !== null && <ActionDialog action={action} incident={incident} onSubmit={submit} onClose={() => setAction(null)} />}
    </>
  );
}

function Summary({ incident }: { incident: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const suggestion = incident.suggestion;
  return (
    <SectionCard title={t('governanceConsole.incident.summary')}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('governanceConsole.fields.status')}>
          <IncidentStatusTag status={incident.status} t={t} />
        </Descriptions.Item>
        <Descriptions.Item label={t('governanceConsole.fields.requestType')}>{t(`governanceConsole.requestTypes.${incident.requestType}`)}</Descriptions.Item>
        <Descriptions.Item label={t('governanceConsole.fields.channel')}>{t(`governanceConsole.channels.${incident.channel}`)}</Descriptions.Item>
        <Descriptions.Item label={t('governanceConsole.fields.category')}>{incident.category === null ? t('governanceConsole.uncategorised') : text(incident.category.name)}</Descriptions.Item>
        <Descriptions.Item label={t('governanceConsole.fields.urgency')}>
          <UrgencyText urgency={incident.urgency} t={t} />
        </Descriptions.Item>
        <Descriptions.Item label={t('governanceConsole.fields.place')}>{[incident.address, incident.grid === null ? null : text(incident.grid.name), ...incident.regions.map((region) => text(region.name))].filter((part) => part !== null).join(' · ') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('governanceConsole.fields.leadDepartment')}>{incident.leadDepartment === null ? '—' : text(incident.leadDepartment.name)}</Descriptions.Item>
        <Descriptions.Item label={t('governanceConsole.fields.deadline')}>
          <DeadlineCell at={incident.deadlineAt} state={incident.deadlineState} t={t} language={i18n.language} />
        </Descriptions.Item>
        <Descriptions.Item label={t('governanceConsole.fields.escalation')}>{escalationText(incident.escalationLevel, t)}</Descriptions.Item>
        <Descriptions.Item label={t('governanceConsole.fields.reporter')}>
          {incident.anonymous || incident.reporter === null ? t('governanceConsole.anonymous') : [incident.reporter.name, incident.reporter.phone].filter((part) => part !== null).join(' · ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('governanceConsole.fields.suggestion')}>
          {suggestion === null || suggestion.category === null
            ? t('governanceConsole.noSuggestion')
            : t('governanceConsole.suggestionText', {
                category: text(suggestion.category.name),
                department: suggestion.department === null ? '—' : text(suggestion.department.name),
                confidence: Math.round(suggestion.confidence * 100),
              })}
        </Descriptions.Item>
        {incident.duplicateOf !== null && (
          <Descriptions.Item label={t('governanceConsole.fields.duplicateOf')}>
            <Link to={`/governance/incidents/${incident.duplicateOf.id}`}>{incident.duplicateOf.number}</Link>
          </Descriptions.Item>
        )}
        {incident.rating !== null && <Descriptions.Item label={t('governanceConsole.fields.rating')}>{t('governanceConsole.ratingText', { rating: incident.rating })}</Descriptions.Item>}
      </Descriptions>
    </SectionCard>
  );
}

function Details({ incident }: { incident: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  return (
    <div className="yw-gov-grid">
      <SectionCard title={t('governanceConsole.incident.photos')}>
        {incident.photos.length === 0 ? (
          <p>{t('governanceConsole.incident.noPhotos')}</p>
        ) : (
          <ul className="yw-gov-photos yw-plain-list">
            {incident.photos.map((photo, index) => (
              <li key={photo.id}>
                <a href={photo.url} target="_blank" rel="noreferrer">
                  <img src={photo.url} alt={t('governanceConsole.photoAlt', { kind: t(`governanceConsole.photoKinds.${photo.kind}`), index: index + 1 })} />
                </a>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <SectionCard title={t('governanceConsole.incident.parts')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={incident.parts}
          locale={{ emptyText: t('governanceConsole.incident.noParts') }}
          columns={[
            { key: 'department', title: t('governanceConsole.fields.department'), render: (_: unknown, part: IncidentPart) => text(part.department.name) },
            { key: 'role', title: t('governanceConsole.fields.role'), render: (_: unknown, part: IncidentPart) => t(`governanceConsole.partRoles.${part.role}`) },
            { key: 'status', title: t('governanceConsole.fields.status'), render: (_: unknown, part: IncidentPart) => t(`governanceConsole.partStatuses.${part.status}`) },
            { key: 'note', title: t('governanceConsole.fields.note'), render: (_: unknown, part: IncidentPart) => part.note ?? '—' },
          ]}
        />
      </SectionCard>
      <SectionCard title={t('governanceConsole.incident.duplicates')}>
        {incident.duplicates.length === 0 ? (
          <p>{t('governanceConsole.incident.noDuplicates')}</p>
        ) : (
          <ul>
            {incident.duplicates.map((duplicate) => (
              <li key={duplicate.id}>
                <Link to={`/governance/incidents/${duplicate.id}`}>{duplicate.number}</Link> · {formatDateTime(duplicate.createdAt, i18n.language)}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <SectionCard title={t('governanceConsole.incident.timeline')}>
        <Timeline
          items={incident.timeline.map((entry, index) => ({
            key: `${entry.at}-${index}`,
            content: (
              <>
                <strong>{t(`governanceConsole.actions.${entry.action}`, { defaultValue: entry.action })}</strong>
                {entry.toStatus !== null && ` → ${t(`governanceConsole.statuses.${entry.toStatus}`)}`}
                <div className="yw-muted">
                  {formatDateTime(entry.at, i18n.language)} · {entry.actor}
                </div>
                {entry.note !== null && <div>{entry.note}</div>}
              </>
            ),
          }))}
        />
      </SectionCard>
    </div>
  );
}
