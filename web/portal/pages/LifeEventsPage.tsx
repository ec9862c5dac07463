// Life events (一件事): several services bundled into one application, for individuals or enterprises.
import { AppstoreOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import type { LifeEventSummary } from '../../shared/catalog-types';
import { audienceLabel } from '../../shared/labels';
import { ErrorNotice, PageLoading } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { AudienceSwitch } from '../AudienceSwitch';

export function LifeEventsPage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const [search, setSearch] = useSearchParams();
  const audienceParam = search.get('audience');
  const audience = audienceParam === 'person' || audienceParam === 'enterprise' ? audienceParam : undefined;
  const { data, error, reload } = useApiQuery<{ items: LifeEventSummary[] }>('/catalog/life-events');
  useDocumentTitle(t('portal.lifeEvents.title'), 'app.portalName');
  const events = (data?.items ?? []).filter((event) => audience === undefined || event.audience === audience);

  return (
    <div className="yw-container yw-section">
      <h1 className="yw-page-title">{t('portal.lifeEvents.title')}</h1>
      <p className="yw-page-intro">{t('portal.lifeEvents.intro')}</p>
      <div className="yw-filters-bar">
        <AudienceSwitch hasAll value={audience} onChange={(next) => setSearch(next === undefined ? {} : { audience: next }, { replace: true })} />
      </div>
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {data === undefined && error === undefined && <PageLoading />}
      {data !== undefined && events.length === 0 && <p className="yw-muted-text">{t('portal.lifeEvents.none')}</p>}
      <ul className="yw-event-list">
        {events.map((event) => (
          <li key={event.id} className="yw-event-card">
            <span className="yw-event-icon" aria-hidden="true">
              <AppstoreOutlined />
            </span>
            <div className="yw-event-body">
              <h2>
                <Link to={`/life-events/${encodeURIComponent(event.id)}`}>{text(event.name)}</Link>
              </h2>
              <p>{text(event.description)}</p>
              <p className="yw-event-meta">
                {audienceLabel(t, event.audience)}
                {t('portal.guide.metaSeparator')}
                {t('portal.lifeEvents.itemCount', { count: event.itemCodes.length })}
              </p>
            </div>
            <RightOutlined className="yw-event-arrow" aria-hidden="true" />
          </li>
        ))}
      </ul>
    </div>
  );
}
