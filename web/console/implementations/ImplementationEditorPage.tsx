// /implementations/{itemCode}/{regionCode}: the standard beside the region's local values (两栏对照), with the
// status of the local list: own, inherited from an ancestor, none yet, or waiting for re-confirmation.
import { Alert, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import { regionPath, useRegionNames, useRegions } from '../../shared/regions';
import { NotFound, PageLoading, QueryError } from '../../shared/StatusViews';
import type { Department } from '../../shared/types';
import { useApiQuery } from '../../shared/useApiQuery';
import { PageHeading } from '../PageHeading';
import { toFormValues, type ImplementationEditorView } from './implementation-model';
import { LocalValuesForm } from './LocalValuesForm';
import { StandardColumn } from './StandardColumn';

function StatusNotice({ view, regionLabel, sourceLabel }: { view: ImplementationEditorView; regionLabel: string; sourceLabel: string }) {
  const { t } = useTranslation();
  const { local } = view;
  if (local === null) return <Alert className="yw-form-alert" type="warning" showIcon title={t('console.implEditor.noneYet', { region: regionLabel })} />;
  if (local.inherited) return <Alert className="yw-form-alert" type="info" showIcon title={t('console.implEditor.inherited', { region: regionLabel, source: sourceLabel })} description={t('console.implEditor.inheritedText')} />;
  if (local.needsReview) {
    return (
      <Alert
        className="yw-form-alert"
        type="warning"
        showIcon
        title={t('console.implEditor.needsReview', { version: view.standard.version, confirmed: local.standardVersion })}
        description={t('console.implEditor.needsReviewText')}
      />
    );
  }
  return null;
}

export function ImplementationEditorPage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const { itemCode = '', regionCode = '' } = useParams();
  const view = useApiQuery<ImplementationEditorView>(`/catalog/implementations/${encodeURIComponent(itemCode)}/${encodeURIComponent(regionCode)}`);
  const departmentsQuery = useApiQuery<{ items: Department[] }>('/departments');
  const { regions } = useRegions();
  const regionNames = useRegionNames();
  const regionLabel = regionNames.get(regionCode) ?? regionCode;

  // Only departments inside the region may implement it (the server refuses others).
  const departments = useMemo(() => {
    if (regions === undefined || departmentsQuery.data === undefined) return [];
    return departmentsQuery.data.items.filter((department) => regionPath(regions, department.regionCode).includes(regionCode));
  }, [regions, departmentsQuery.data, regionCode]);

  const title = view.data === undefined ? t('console.implEditor.title') : t('console.implEditor.titleFor', { name: text(view.data.standard.content.name) });
  const heading = <PageHeading title={title} intro={t('console.implEditor.intro', { region: regionLabel })} actions={<Link to="/implementations">{t('console.implEditor.backToList')}</Link>} />;

  if (view.error?.status === 404 || view.error?.status === 422) {
    return (
      <>
        {heading}
        {view.error.status === 404 ? <NotFound /> : <QueryError error={view.error} onRetry={view.reload} />}
      </>
    );
  }
  if (view.error !== undefined && view.data === undefined) {
    return (
      <>
        {heading}
        <QueryError error={view.error} onRetry={view.reload} />
      </>
    );
  }
  if (view.data === undefined || departmentsQuery.data === undefined || regions === undefined) {
    return (
      <>
        {heading}
        {departmentsQuery.error === undefined ? <PageLoading /> : <QueryError error={departmentsQuery.error} onRetry={departmentsQuery.reload} />}
      </>
    );
  }

  const data = view.data;
  const sameKind = departments.find((department) => department.kind === data.standard.content.departmentKind) ?? departments[0];
  const sourceLabel = data.local === null ? '' : (regionNames.get(data.local.regionCode) ?? data.local.regionCode);
  return (
    <>
      {heading}
      <StatusNotice view={data} regionLabel={regionLabel} sourceLabel={sourceLabel} />
      <Row gutter={[16, 16]} className="yw-two-column-editor">
        <Col xs={24} xl={10}>
          <StandardColumn standard={data.standard} previous={data.previousStandard} />
        </Col>
        <Col xs={24} xl={14}>
          <LocalValuesForm
            key={`${itemCode}/${regionCode}`}
            view={data}
            itemCode={itemCode}
            regionCode={regionCode}
            regionLabel={regionLabel}
            departments={departments}
            initialValues={toFormValues(data, sameKind?.code)}
            onSaved={view.reload}
          />
        </Col>
      </Row>
    </>
  );
}
