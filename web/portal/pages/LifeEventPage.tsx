// One life event (一件事): what it saves, its services in order, the merged form and the one set of materials.
import { FormOutlined } from '@ant-design/icons';
import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { queryString } from '../../shared/api';
import { useBilingual } from '../../shared/bilingual';
import type { LifeEventView } from '../../shared/catalog-types';
import { ErrorNotice, PageLoading } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { GuideSection } from '../guide/GuideSections';
import { LifeEventItems, MergedForm, MergedMaterials } from '../life-event/LifeEventParts';
import { LifeEventSavings } from '../life-event/LifeEventSavings';
import { ServiceRegionSelect } from '../ServiceRegionSelect';
import { useServiceRegion } from '../service-region';
import { NotFoundSection } from '../NotFoundSection';

export function LifeEventPage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const { id = '' } = useParams();
  const region = useServiceRegion();
  const { data: event, error, reload } = useApiQuery<LifeEventView>(`/catalog/life-events/${encodeURIComponent(id)}${queryString({ region: region.code })}`);
  useDocumentTitle(event === undefined ? t('portal.lifeEvents.title') : text(event.name), 'app.portalName');

  if (error?.status === 404) {
    return (
      <NotFoundSection backTo="/life-events" backLabel={t('portal.lifeEvent.backToList')} />
    );
  }
  if (event === undefined) {
    return (
      <div className="yw-container yw-section">
        {error === undefined ? <PageLoading /> : <ErrorNotice error={error} onRetry={reload} />}
      </div>
    );
  }
  return (
    <div className="yw-container yw-section yw-guide">
      <Breadcrumb
        className="yw-breadcrumb"
        items={[{ title: <Link to="/">{t('portal.nav.home')}</Link> }, { title: <Link to="/life-events">{t('portal.nav.lifeEvents')}</Link> }, { title: text(event.name) }]}
      />
      <header className="yw-guide-header">
        <h1>{text(event.name)}</h1>
        <p className="yw-page-intro">{text(event.description)}</p>
      </header>
      <div className="yw-guide-region">
        <ServiceRegionSelect />
      </div>
      <LifeEventSavings event={event} />
      <Link className="yw-apply-button yw-life-event-apply" to={`/apply/life-event/${encodeURIComponent(event.id)}`}>
        <FormOutlined aria-hidden="true" /> {t('portal.guide.apply')}
      </Link>
      <GuideSection title={t('portal.lifeEvent.items')}>
        <LifeEventItems event={event} />
      </GuideSection>
      <div className="yw-two-columns">
        <GuideSection title={t('portal.lifeEvent.form', { count: event.merged.fields })}>
          <p className="yw-guide-summary">{t('portal.lifeEvent.formIntro')}</p>
          <MergedForm event={event} />
        </GuideSection>
        <GuideSection title={t('portal.lifeEvent.materialList', { count: event.merged.materials })}>
          <p className="yw-guide-summary">{t('portal.lifeEvent.materialsIntro')}</p>
          <MergedMaterials event={event} />
        </GuideSection>
      </div>
    </div>
  );
}
