// The service guide (办事指南) of one item as the chosen region offers it: conditions, materials, limits, fees,
// where to apply, legal basis, steps and appeal route, with the Apply button.
import { Alert, Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { queryString } from '../../shared/api';
import { useBilingual } from '../../shared/bilingual';
import type { ItemGuide } from '../../shared/catalog-types';
import { audienceLabel, departmentKindLabel, itemTypeLabel } from '../../shared/labels';
import { useRegionNames } from '../../shared/regions';
import { ErrorNotice, PageLoading } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { GuideFacts } from '../guide/GuideFacts';
import { GuideMaterials } from '../guide/GuideMaterials';
import { ConditionsSection, GuideSection, ReferenceSections, WhereToApply } from '../guide/GuideSections';
import { ServiceRegionSelect } from '../ServiceRegionSelect';
import { useServiceRegion } from '../service-region';
import { NotFoundSection } from '../NotFoundSection';

function LocalListNotice({ guide, regionCode }: { guide: ItemGuide; regionCode: string }) {
  const { t } = useTranslation();
  const regionNames = useRegionNames();
  const local = guide.implementation;
  const here = regionNames.get(regionCode) ?? regionCode;
  if (local === null) return <Alert className="yw-guide-notice" type="warning" showIcon title={t('portal.guide.noLocalListTitle', { region: here })} description={t('portal.guide.noLocalList')} />;
  if (!local.inherited) return null;
  const source = regionNames.get(local.regionCode) ?? local.regionCode;
  return <Alert className="yw-guide-notice" type="info" showIcon title={t('portal.guide.inherited', { region: here, source })} />;
}

function GuideHeader({ guide }: { guide: ItemGuide }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const separator = t('portal.guide.listSeparator');
  return (
    <header className="yw-guide-header">
      <h1>{text(guide.name)}</h1>
      <dl className="yw-guide-meta">
        <div>
          <dt>{t('portal.guide.code')}</dt>
          <dd className="yw-mono">{guide.code}</dd>
        </div>
        <div>
          <dt>{t('portal.guide.type')}</dt>
          <dd>{itemTypeLabel(t, guide.type)}</dd>
        </div>
        <div>
          <dt>{t('portal.guide.competent')}</dt>
          <dd>{departmentKindLabel(t, guide.departmentKind)}</dd>
        </div>
        <div>
          <dt>{t('portal.guide.audience')}</dt>
          <dd>{guide.audience.map((audience) => audienceLabel(t, audience)).join(separator)}</dd>
        </div>
      </dl>
    </header>
  );
}

export function ServiceGuidePage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const { code = '' } = useParams();
  const region = useServiceRegion();
  const { data: guide, error, isLoading, reload } = useApiQuery<ItemGuide>(`/catalog/items/${encodeURIComponent(code)}${queryString({ region: region.code })}`);
  useDocumentTitle(guide === undefined ? t('portal.guide.title') : text(guide.name), 'app.portalName');

  if (error?.status === 404) {
    return (
      <NotFoundSection backTo="/services" backLabel={t('portal.guide.backToServices')} />
    );
  }
  if (error !== undefined && guide === undefined) {
    return (
      <div className="yw-container yw-section">
        <h1 className="yw-page-title">{t('portal.guide.title')}</h1>
        <ErrorNotice error={error} onRetry={reload} />
      </div>
    );
  }
  if (guide === undefined || (isLoading && guide.code !== code)) return <PageLoading />;

  const notes = guide.implementation?.notes ?? '';
  return (
    <div className="yw-container yw-section yw-guide">
      <Breadcrumb
        className="yw-breadcrumb"
        items={[{ title: <Link to="/">{t('portal.nav.home')}</Link> }, { title: <Link to="/services">{t('portal.nav.services')}</Link> }, { title: text(guide.name) }]}
      />
      <GuideHeader guide={guide} />
      <div className="yw-guide-region">
        <ServiceRegionSelect />
      </div>
      <LocalListNotice guide={guide} regionCode={region.code} />
      <div className="yw-guide-layout">
        <GuideFacts guide={guide} />
        <div className="yw-guide-main">
          <ConditionsSection guide={guide} />
          <GuideSection title={t('portal.guide.materials')}>
            <GuideMaterials materials={guide.materials} />
          </GuideSection>
          <GuideSection title={t('portal.guide.whereToApply')}>
            <WhereToApply guide={guide} />
          </GuideSection>
          {notes !== '' && (
            <GuideSection title={t('portal.guide.notes')}>
              <p className="yw-pre-line">{notes}</p>
            </GuideSection>
          )}
          <ReferenceSections guide={guide} />
        </div>
      </div>
    </div>
  );
}
