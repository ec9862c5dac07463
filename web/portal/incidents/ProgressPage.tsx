// /me/incidents/:id — the reporter follows their incident: the seven steps, who handles it, the public timeline,
// the photos (theirs and the handler's evidence), and rating or reopening when the server allows it.
import { Card, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import { NotFound, PageLoading, QueryError } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { formatMoment } from '../applications/case-labels';
import { SignedInOnly } from '../applications/SignedInOnly';
import type { IncidentView } from './incidents-api';
import { IncidentStatusTag, IncidentSteps, statusText } from './incident-labels';
import { ReporterActions } from './ReporterActions';

function Facts({ incident }: { incident: IncidentView }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const place = [incident.grid, ...incident.regions].filter((part) => part !== null).map((part) => text(part.name));
  return (
    <dl className="yw-incident-facts">
      <div>
        <dt>{t('governancePortal.mine.number')}</dt>
        <dd className="yw-mono" data-testid="incident-number">
          {incident.number}
        </dd>
      </div>
      <div>
        <dt>{t('governancePortal.progress.category')}</dt>
        <dd>{incident.category === null ? t('governancePortal.mine.noCategory') : text(incident.category.name)}</dd>
      </div>
      <div>
        <dt>{t('governancePortal.progress.department')}</dt>
        <dd>{incident.leadDepartment === null ? t('governancePortal.progress.notDispatched') : text(incident.leadDepartment.name)}</dd>
      </div>
      {incident.parts.filter((part) => part.role === 'assist').length > 0 && (
        <div>
          <dt>{t('governancePortal.progress.assisting')}</dt>
          <dd>{incident.parts.filter((part) => part.role === 'assist').map((part) => text(part.department.name)).join(t('governancePortal.report.placeSeparator'))}</dd>
        </div>
      )}
      <div>
        <dt>{t('governancePortal.progress.place')}</dt>
        <dd>{[incident.address, place.join(t('governancePortal.report.placeSeparator'))].filter((part) => part !== null && part !== '').join(' · ') || t('common.notProvided')}</dd>
      </div>
      <div>
        <dt>{t('governancePortal.mine.reportedOn')}</dt>
        <dd>{formatMoment(incident.createdAt, i18n.language)}</dd>
      </div>
      {incident.duplicateOf !== null && (
        <div>
          <dt>{t('governancePortal.progress.duplicateOf')}</dt>
          <dd className="yw-mono">{incident.duplicateOf.number}</dd>
        </div>
      )}
    </dl>
  );
}

function Photos({ incident }: { incident: IncidentView }) {
  const { t } = useTranslation();
  const groups = (['report', 'evidence'] as const).map((kind) => ({ kind, photos: incident.photos.filter((photo) => photo.kind === kind) })).filter((group) => group.photos.length > 0);
  if (groups.length === 0) return null;
  return (
    <Card role="region" aria-labelledby="incident-photos-title" title={<h2 id="incident-photos-title" className="yw-card-title">{t('governancePortal.progress.photos')}</h2>}>
      {groups.map((group) => (
        <section key={group.kind} className="yw-incident-photo-group">
          <h3>{t(`governancePortal.progress.photoKind.${group.kind}`)}</h3>
          <ul className="yw-photo-list">
            {group.photos.map((photo, index) => (
              <li key={photo.id} className="yw-photo-item">
                <a href={photo.url} target="_blank" rel="noreferrer">
                  <img src={photo.url} alt={t(`governancePortal.progress.photoAlt.${group.kind}`, { n: index + 1 })} loading="lazy" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Card>
  );
}

function History({ incident }: { incident: IncidentView }) {
  const { t, i18n } = useTranslation();
  return (
    <Card role="region" aria-labelledby="incident-timeline-title" title={<h2 id="incident-timeline-title" className="yw-card-title">{t('governancePortal.progress.timeline')}</h2>}>
      <Timeline
        items={incident.timeline.map((entry, index) => ({
          key: `${entry.at}-${index}`,
          content: (
            <div className="yw-incident-event">
              <p>
                <strong>{t(`governancePortal.action.${entry.action}`, { defaultValue: entry.action })}</strong>
                {entry.toStatus !== null && <span className="yw-muted-text"> → {statusText(t, entry.toStatus)}</span>}
              </p>
              <p className="yw-muted-text">
                {formatMoment(entry.at, i18n.language)} · {entry.actor}
              </p>
              {entry.note !== null && entry.note !== '' && <p className="yw-pre-line">{entry.note}</p>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

function Progress({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useApiQuery<IncidentView>(`/governance/incidents/${encodeURIComponent(id)}`);
  if (query.error?.status === 404) return <NotFound extra={<Link to="/me/incidents">{t('governancePortal.mine.title')}</Link>} />;
  if (query.error !== undefined) return <QueryError error={query.error} onRetry={query.reload} />;
  if (query.data === undefined) return <PageLoading />;
  const incident = query.data;
  return (
    <div className="yw-incident-progress">
      <div className="yw-incident-heading">
        <p className="yw-incident-status">
          {t('governancePortal.progress.statusNow')} <IncidentStatusTag status={incident.status} />
        </p>
      </div>
      <p className="yw-pre-line">{incident.description}</p>
      <Facts incident={incident} />
      <ReporterActions incident={incident} onChanged={query.reload} />
      <Card role="region" aria-labelledby="incident-steps-title" title={<h2 id="incident-steps-title" className="yw-card-title">{t('governancePortal.progress.steps')}</h2>}>
        <IncidentSteps status={incident.status} />
      </Card>
      <History incident={incident} />
      <Photos incident={incident} />
    </div>
  );
}

export function ProgressPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('governancePortal.progress.title'), 'app.portalName');
  return (
    <div className="yw-container yw-section yw-incident-page">
      <p className="yw-back-link">
        <Link to="/me/incidents">{t('governancePortal.progress.back')}</Link>
      </p>
      <h1 className="yw-page-title">{t('governancePortal.progress.title')}</h1>
      <SignedInOnly>
        <Progress id={id} />
      </SignedInOnly>
    </div>
  );
}
