// /apply/{code}: online application is not open yet. Says so plainly and shows where to apply in person —
// there is no form to fill in until the application service exists.
import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { queryString } from '../../shared/api';
import { departmentName, useBilingual } from '../../shared/bilingual';
import type { ItemGuide } from '../../shared/catalog-types';
import { ErrorNotice, PageLoading } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { WhereToApply } from '../guide/GuideSections';
import { useServiceRegion } from '../service-region';
import { NotFoundSection } from '../NotFoundSection';

export function ApplySoonPage() {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const { code = '' } = useParams();
  const region = useServiceRegion();
  const { data: guide, error, reload } = useApiQuery<ItemGuide>(`/catalog/items/${encodeURIComponent(code)}${queryString({ region: region.code })}`);
  useDocumentTitle(t('portal.apply.title'), 'app.portalName');

  if (error?.status === 404) {
    return (
      <NotFoundSection backTo="/services" backLabel={t('portal.guide.backToServices')} />
    );
  }
  const guideLink = `/services/${encodeURIComponent(code)}`;
  return (
    <div className="yw-container yw-narrow-wide yw-section">
      <h1 className="yw-page-title">{t('portal.apply.heading')}</h1>
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {guide === undefined && error === undefined && <PageLoading />}
      {guide !== undefined && (
        <>
          <Alert
            className="yw-guide-notice"
            type="info"
            showIcon
            title={t('portal.apply.notYet', { name: text(guide.name) })}
            description={t('portal.apply.notYetText')}
          />
          <Card title={<h2 className="yw-card-title">{t('portal.apply.inPerson')}</h2>}>
            {guide.implementation !== null && (
              <p className="yw-apply-department">
                {t('portal.apply.department', { department: departmentName(guide.implementation.department, i18n.language) })}
              </p>
            )}
            <WhereToApply guide={guide} />
            <p className="yw-form-note">{t('portal.apply.bringMaterials')}</p>
          </Card>
          <p className="yw-apply-back">
            <Link to={guideLink}>{t('portal.apply.backToGuide')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
