// /applications/:id — one case as the applicant sees it: status and the one (joint) deadline, what to do now
// (补正, confirm, rate), the e-licence it produced, the steps, one timeline, the materials and the answers.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Card } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, ApiError } from '../../shared/api';
import type { CaseView } from '../../shared/application-types';
import { departmentName, useBilingual } from '../../shared/bilingual';
import { ErrorNotice, PageLoading, QueryError } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { NotFoundSection } from '../NotFoundSection';
import { CaseActions } from './CaseActions';
import { BundleItems, CaseFields, CaseMaterials, CaseSteps } from './CaseDetails';
import { CaseStatusTag, DeadlineText, expectedOfMe } from './case-labels';
import { CaseTimeline } from './CaseTimeline';
import { RatingCard } from './RatingCard';
import { SignedInOnly } from './SignedInOnly';
import { SupplementForm } from './SupplementForm';

interface Notice {
  tone: 'success' | 'warning';
  text: string;
}

/** The full views of a life event's items (their timelines, materials and e-licences), reloaded with the parent. */
function useChildViews(view: CaseView | undefined): { children: CaseView[]; error: ApiError | undefined } {
  const [children, setChildren] = useState<CaseView[]>([]);
  const [error, setError] = useState<ApiError>();
  const ids = view?.children.map((child) => `${child.id}@${child.version}`).join(',') ?? '';
  useEffect(() => {
    if (ids === '') {
      setChildren([]);
      return undefined;
    }
    const controller = new AbortController();
    Promise.all(ids.split(',').map((entry) => api.get<CaseView>(`/applications/${encodeURIComponent(entry.split('@')[0] ?? '')}`, controller.signal)))
      .then((views) => {
        setChildren(views);
        setError(undefined);
      })
      .catch((cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause instanceof ApiError ? cause : new ApiError(0, 'client.failed', String(cause)));
      });
    return () => controller.abort();
  }, [ids]);
  return { children, error };
}

function Licences({ views }: { views: CaseView[] }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const issued = views.filter((view) => view.licence !== null);
  if (issued.length === 0) return null;
  return (
    <Card className="yw-case-licences" role="region" aria-labelledby="case-licences" title={<h2 id="case-licences" className="yw-card-title">{t('portal.case.licences')}</h2>}>
      <ul className="yw-plain-list">
        {issued.map((view) => (
          <li key={view.id}>
            <SafetyCertificateOutlined aria-hidden="true" className="yw-ok-icon" />{' '}
            <Link to={`/licences/${encodeURIComponent(view.licence?.id ?? '')}`}>{t('portal.case.openLicence', { title: text(view.title) })}</Link>{' '}
            <span className="yw-mono yw-muted-text">{view.licence?.number}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function CaseSummaryFacts({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const departments = view.kind === 'bundle' ? view.children.flatMap((child) => (child.department === null ? [] : [departmentName(child.department, i18n.language)])) : view.department === null ? [] : [departmentName(view.department, i18n.language)];
  return (
    <dl className="yw-inline-facts yw-case-facts">
      <div>
        <dt>{t('portal.myApplications.caseNumber')}</dt>
        <dd className="yw-mono">{view.caseNumber}</dd>
      </div>
      <div>
        <dt>{t('portal.case.status')}</dt>
        <dd>
          <CaseStatusTag status={view.status} />
        </dd>
      </div>
      <div>
        <dt>{view.kind === 'bundle' ? t('portal.case.jointDeadline') : t('portal.case.deadline')}</dt>
        <dd>
          <DeadlineText summary={view} />
        </dd>
      </div>
      {departments.length > 0 && (
        <div>
          <dt>{t('portal.wizard.departments', { count: new Set(departments).size })}</dt>
          <dd>{[...new Set(departments)].join(t('portal.guide.listSeparator'))}</dd>
        </div>
      )}
      {view.acceptedOn !== null && (
        <div>
          <dt>{t('portal.case.acceptedOn')}</dt>
          <dd>{view.acceptedOn}</dd>
        </div>
      )}
    </dl>
  );
}

function CaseContent({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const location = useLocation();
  const submitted = (location.state as { submittedCaseNumber?: string } | null)?.submittedCaseNumber;
  const { data: view, error, reload } = useApiQuery<CaseView>(`/applications/${encodeURIComponent(id)}`);
  const { children, error: childError } = useChildViews(view);
  const [notice, setNotice] = useState<Notice | null>(null);
  useDocumentTitle(view === undefined ? t('portal.case.title') : text(view.title), 'app.portalName');

  if (error?.status === 404) return <NotFoundSection backTo="/applications" backLabel={t('portal.myApplications.title')} />;
  if (view === undefined || view.id !== id) {
    return error === undefined ? <PageLoading /> : <QueryError error={error} onRetry={reload} />;
  }
  const done = (message: string) => {
    setNotice({ tone: 'success', text: message });
    reload();
  };
  const conflict = (message: string) => {
    setNotice({ tone: 'warning', text: message });
    reload();
  };
  const todo = expectedOfMe(t, view, view.expected);
  const supplementCases = [view, ...children].filter((candidate) => candidate.kind !== 'bundle' && candidate.status === 'supplement_requested' && candidate.supplementRequest !== null);
  return (
    <>
      <header className="yw-case-header">
        <h1 className="yw-page-title">{text(view.title)}</h1>
        {view.parent !== null && (
          <p>
            {t('portal.case.partOf')} <Link to={`/applications/${encodeURIComponent(view.parent.id)}`}>{text(view.parent.title)}</Link>
          </p>
        )}
        <CaseSummaryFacts view={view} />
      </header>
      {submitted !== undefined && submitted === view.caseNumber && notice === null && (
        <Alert className="yw-form-alert" type="success" role="status" showIcon title={t('portal.case.submitted', { caseNumber: view.caseNumber })} description={t('portal.case.submittedText')} />
      )}
      {notice !== null && <Alert className="yw-form-alert" type={notice.tone} role={notice.tone === 'success' ? 'status' : 'alert'} showIcon title={notice.text} />}
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {childError !== undefined && <ErrorNotice error={childError} onRetry={reload} />}
      {todo !== null && <Alert className="yw-form-alert" type="info" showIcon role="status" title={t('portal.case.todo', { todo })} />}
      {view.decision !== null && view.decision.outcome !== 'approved' && (
        <Alert className="yw-form-alert" type="warning" showIcon title={t(`portal.case.decision.${view.decision.outcome}`, { defaultValue: view.decision.outcome })} description={[view.decision.reason, view.decision.legalBasis].filter(Boolean).join(' · ')} />
      )}
      {supplementCases.map((candidate) => (
        <SupplementForm key={candidate.id} view={candidate} onDone={() => done(t('portal.supplement.sent'))} onConflict={conflict} />
      ))}
      <CaseActions view={view} onDone={done} onConflict={conflict} />
      <Licences views={[view, ...children]} />
      <RatingCard view={view} onRated={() => done(t('portal.rating.thanks'))} />
      {view.kind === 'bundle' && (
        <Card role="region" aria-labelledby="case-items" title={<h2 id="case-items" className="yw-card-title">{t('portal.case.items', { count: view.children.length })}</h2>}>
          <BundleItems view={view} />
        </Card>
      )}
      <div className="yw-case-columns">
        <Card role="region" aria-labelledby="case-timeline" title={<h2 id="case-timeline" className="yw-card-title">{t('portal.case.timeline')}</h2>}>
          <CaseSteps view={view} />
          <CaseTimeline view={view} childViews={children} />
        </Card>
        <Card role="region" aria-labelledby="case-materials" title={<h2 id="case-materials" className="yw-card-title">{t('portal.case.materials.title')}</h2>}>
          <CaseMaterials view={view} childViews={children} />
        </Card>
      </div>
      <Card role="region" aria-labelledby="case-fields" title={<h2 id="case-fields" className="yw-card-title">{t('portal.case.fields')}</h2>}>
        <CaseFields view={view} childViews={children} />
      </Card>
    </>
  );
}

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <div className="yw-container yw-narrow-wide yw-section yw-case">
      <Breadcrumb className="yw-breadcrumb" items={[{ title: <Link to="/">{t('portal.nav.home')}</Link> }, { title: <Link to="/applications">{t('portal.myApplications.title')}</Link> }, { title: t('portal.case.title') }]} />
      <SignedInOnly>
        <CaseContent id={id} />
      </SignedInOnly>
    </div>
  );
}
