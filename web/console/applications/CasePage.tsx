// /applications/:id — one case as the staff member handling it sees it: overview, form, materials with their
// sources, steps, history, and the actions this person may take now.
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseView } from '../../shared/application-types';
import { useBilingual } from '../../shared/bilingual';
import { NotFound, PageLoading, QueryError } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { PageHeading } from '../PageHeading';
import { ActionPanel } from './ActionPanel';
import { CaseFormValues, CaseMaterials } from './CaseMaterials';
import { CaseChildren, CaseDecision, CaseSteps, CaseSupplementRequest, CaseTimeline } from './CaseProgress';
import { CaseStatusTag } from './CaseStatusTag';
import { CaseOverview } from './CaseOverview';
import { DeadlineText, hasDeadline } from './DeadlineText';
import './applications.css';

function BackLink() {
  const { t } = useTranslation();
  return <Link to="/applications">{t('console.applications.back')}</Link>;
}

function CaseContent({ view, isReloading, reload }: { view: CaseView; isReloading: boolean; reload: () => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <>
      <PageHeading title={text(view.title)} intro={t('console.applications.caseTitleHeading', { number: view.caseNumber })} actions={<BackLink />} />
      <p className="yw-case-headline">
        <CaseStatusTag status={view.status} />
        {view.escalated && <span className="yw-case-escalated">{t('console.applications.escalatedTag')}</span>}
        {hasDeadline(view) && <DeadlineText deadline={view} />}
      </p>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15} className="yw-case-column">
          <CaseOverview view={view} />
          <CaseSupplementRequest view={view} />
          <CaseDecision view={view} />
          <CaseFormValues view={view} />
          <CaseMaterials view={view} />
          <CaseChildren view={view} />
        </Col>
        <Col xs={24} xl={9} className="yw-case-column">
          <ActionPanel view={view} isReloading={isReloading} onChanged={reload} />
          <CaseSteps view={view} />
          <CaseTimeline view={view} />
        </Col>
      </Row>
    </>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const query = useApiQuery<CaseView>(`/applications/${encodeURIComponent(id)}`);
  // A reload after an action keeps the case on screen; only a case never loaded shows the full-page states.
  if (query.data !== undefined && query.data.id === id) return <CaseContent view={query.data} isReloading={query.isLoading} reload={query.reload} />;
  if (query.error !== undefined) return query.error.status === 404 ? <NotFound extra={<BackLink />} /> : <QueryError error={query.error} onRetry={query.reload} />;
  return <PageLoading />;
}
