// The service hall on the home page: for individuals or enterprises, in the chosen region, by life event, by
// department and by theme.
import { ApartmentOutlined, AppstoreOutlined, RightOutlined, TagsOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBilingual } from '../shared/bilingual';
import type { Audience, LifeEventSummary } from '../shared/catalog-types';
import { SERVICE_DEPARTMENT_KINDS, SERVICE_THEMES } from '../shared/catalog-vocabulary';
import { departmentKindLabel, themeLabel } from '../shared/labels';
import { useSession } from '../shared/session';
import { ErrorNotice } from '../shared/StatusViews';
import { useApiQuery } from '../shared/useApiQuery';
import { AudienceSwitch } from './AudienceSwitch';
import { ServiceRegionSelect } from './ServiceRegionSelect';

function servicesLink(params: Record<string, string>): string {
  return `/services?${new URLSearchParams(params).toString()}`;
}

function LifeEventEntries({ audience }: { audience: Audience }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const { data, error, reload } = useApiQuery<{ items: LifeEventSummary[] }>('/catalog/life-events');
  if (error !== undefined) return <ErrorNotice error={error} onRetry={reload} />;
  const events = (data?.items ?? []).filter((event) => event.audience === audience);
  return (
    <ul className="yw-entry-cards">
      {events.map((event) => (
        <li key={event.id}>
          <Link to={`/life-events/${encodeURIComponent(event.id)}`} className="yw-entry-card">
            <span className="yw-entry-card-title">{text(event.name)}</span>
            <span className="yw-entry-card-text">{text(event.description)}</span>
            <span className="yw-entry-card-meta">{t('portal.lifeEvents.itemCount', { count: event.itemCodes.length })}</span>
          </Link>
        </li>
      ))}
      {data !== undefined && events.length === 0 && <li className="yw-muted-text">{t('portal.lifeEvents.none')}</li>}
      <li>
        <Link to="/life-events" className="yw-entry-more">
          {t('portal.hall.allLifeEvents')} <RightOutlined aria-hidden="true" />
        </Link>
      </li>
    </ul>
  );
}

export function ServiceHall() {
  const { t } = useTranslation();
  const { state } = useSession();
  // Enterprises see enterprise services first; the session may arrive after the first render, so derive it.
  const [chosen, setChosen] = useState<Audience | null>(null);
  const audience = chosen ?? (state.status === 'signed_in' && state.me.kind === 'enterprise' ? 'enterprise' : 'person');

  return (
    <section className="yw-container yw-section yw-hall" aria-labelledby="hall-title">
      <div className="yw-hall-heading">
        <h2 id="hall-title">{t('portal.hall.title')}</h2>
        <div className="yw-hall-controls">
          <AudienceSwitch value={audience} onChange={(next) => setChosen(next ?? 'person')} />
          <ServiceRegionSelect />
        </div>
      </div>
      <div className="yw-hall-blocks">
        <section className="yw-hall-block yw-hall-block-wide" aria-labelledby="hall-life-events">
          <h3 id="hall-life-events">
            <AppstoreOutlined aria-hidden="true" /> {t('portal.hall.byLifeEvent')}
          </h3>
          <LifeEventEntries audience={audience} />
        </section>
        <section className="yw-hall-block" aria-labelledby="hall-departments">
          <h3 id="hall-departments">
            <ApartmentOutlined aria-hidden="true" /> {t('portal.hall.byDepartment')}
          </h3>
          <ul className="yw-chip-list">
            {SERVICE_DEPARTMENT_KINDS.map((kind) => (
              <li key={kind}>
                <Link className="yw-chip" to={servicesLink({ department: kind, audience })}>
                  {departmentKindLabel(t, kind)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section className="yw-hall-block" aria-labelledby="hall-themes">
          <h3 id="hall-themes">
            <TagsOutlined aria-hidden="true" /> {t('portal.hall.byTheme')}
          </h3>
          <ul className="yw-chip-list">
            {SERVICE_THEMES.map((theme) => (
              <li key={theme}>
                <Link className="yw-chip" to={servicesLink({ theme, audience })}>
                  {themeLabel(t, theme)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}
