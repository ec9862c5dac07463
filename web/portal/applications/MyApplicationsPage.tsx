// /applications — my applications (办件): each case with its number, status, deadline and what I have to do; and
// my unsent drafts, to continue or delete.
import { Button, Card, Empty, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, queryString } from '../../shared/api';
import type { CaseSummary, DraftSummary } from '../../shared/application-types';
import { useBilingual } from '../../shared/bilingual';
import { ErrorNotice, PageLoading } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { CursorListView } from '../../shared/CursorListView';
import { useCursorList } from '../../shared/useCursorList';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { deleteDraft } from './applications-api';
import { CaseStatusTag, DeadlineText, expectedOfMe, formatDay, formatMoment } from './case-labels';
import { SignedInOnly } from './SignedInOnly';

function CaseCard({ item }: { item: CaseSummary }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const todo = expectedOfMe(t, item);
  return (
    <li className="yw-case-card">
      <div className="yw-case-card-head">
        <Link className="yw-case-card-title" to={`/applications/${encodeURIComponent(item.id)}`}>
          {text(item.title)}
        </Link>
        <CaseStatusTag status={item.status} />
      </div>
      <dl className="yw-inline-facts">
        <div>
          <dt>{t('portal.myApplications.caseNumber')}</dt>
          <dd className="yw-mono">{item.caseNumber}</dd>
        </div>
        <div>
          <dt>{t('portal.myApplications.deadline')}</dt>
          <dd>
            <DeadlineText summary={item} />
          </dd>
        </div>
        {item.submittedAt !== null && (
          <div>
            <dt>{t('portal.myApplications.submittedAt')}</dt>
            <dd>{formatDay(item.submittedAt, i18n.language)}</dd>
          </div>
        )}
      </dl>
      {todo !== null && (
        <p className="yw-case-todo">
          <strong>{t('portal.myApplications.todo')}</strong>
          {todo}
        </p>
      )}
    </li>
  );
}

function draftLink(draft: DraftSummary): string {
  const query = queryString({ region: draft.region, draft: draft.id });
  if (draft.lifeEvent !== null) return `/apply/life-event/${encodeURIComponent(draft.lifeEvent)}${query}`;
  return `/apply/item/${encodeURIComponent(draft.implementation ?? '')}${query}`;
}

function Drafts() {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const drafts = useApiQuery<{ items: DraftSummary[] }>('/applications/drafts');
  const [error, setError] = useState<ApiError | null>(null);
  if (drafts.error !== undefined) return <ErrorNotice error={drafts.error} onRetry={drafts.reload} />;
  if (drafts.data === undefined) return <PageLoading />;
  if (drafts.data.items.length === 0) return <p className="yw-muted-text">{t('portal.myApplications.noDrafts')}</p>;
  const remove = async (id: string) => {
    try {
      await deleteDraft(id);
      setError(null);
      drafts.reload();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, 'client.failed', String(cause)));
    }
  };
  return (
    <>
      {error !== null && <ErrorNotice error={error} />}
      <ul className="yw-case-list">
        {drafts.data.items.map((draft) => {
          const title = text(draft.title);
          return (
            <li key={draft.id} className="yw-case-card">
              <div className="yw-case-card-head">
                <span className="yw-case-card-title">{title}</span>
              </div>
              <p className="yw-muted-text">{t('portal.myApplications.draftSaved', { time: formatMoment(draft.updatedAt, i18n.language) })}</p>
              <div className="yw-wizard-actions">
                <Link className="yw-link-button" to={draftLink(draft)}>
                  {t('portal.myApplications.continue')}
                  <span className="yw-visually-hidden">{title}</span>
                </Link>
                <Popconfirm title={t('portal.myApplications.deleteConfirm')} okText={t('portal.myApplications.delete')} cancelText={t('common.cancel')} onConfirm={() => void remove(draft.id)}>
                  <Button danger>
                    {t('portal.myApplications.delete')}
                    <span className="yw-visually-hidden">{title}</span>
                  </Button>
                </Popconfirm>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Cases() {
  const { t } = useTranslation();
  const list = useCursorList<CaseSummary>('/applications?limit=20');
  // Items of a life event appear inside their bundle's page, not as cases of their own.
  const items = list.items.filter((item) => item.kind !== 'child');
  if (list.error !== undefined && list.items.length === 0) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  if (list.isLoading && list.items.length === 0) return <PageLoading />;
  if (items.length === 0) {
    return (
      <Empty description={t('portal.myApplications.noCases')}>
        <Link to="/services">{t('portal.myApplications.findService')}</Link>
      </Empty>
    );
  }
  return <CursorListView list={list} items={items} render={(item) => <CaseCard key={item.id} item={item} />} />;
}

export function MyApplicationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portal.myApplications.title'), 'app.portalName');
  return (
    <div className="yw-container yw-narrow-wide yw-section yw-my-applications">
      <h1 className="yw-page-title">{t('portal.myApplications.title')}</h1>
      <SignedInOnly>
        <Card className="yw-applications-card" role="region" aria-labelledby="my-cases-title" title={<h2 id="my-cases-title" className="yw-card-title">{t('portal.myApplications.cases')}</h2>}>
          <Cases />
        </Card>
        <Card className="yw-applications-card" role="region" aria-labelledby="my-drafts-title" title={<h2 id="my-drafts-title" className="yw-card-title">{t('portal.myApplications.drafts')}</h2>}>
          <Drafts />
        </Card>
      </SignedInOnly>
    </div>
  );
}
