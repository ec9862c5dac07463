// /me/incidents — the problems I reported: number, category, status and date, each linking to its progress.
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import { ErrorNotice, PageLoading } from '../../shared/StatusViews';
import { CursorListView } from '../../shared/CursorListView';
import { useCursorList } from '../../shared/useCursorList';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { formatDay } from '../applications/case-labels';
import { SignedInOnly } from '../applications/SignedInOnly';
import type { IncidentItem } from './incidents-api';
import { IncidentStatusTag } from './incident-labels';

function IncidentCard({ item }: { item: IncidentItem }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const category = item.category === null ? t('governancePortal.mine.noCategory') : text(item.category.name);
  return (
    <li className="yw-case-card">
      <div className="yw-case-card-head">
        <Link className="yw-case-card-title" to={`/me/incidents/${encodeURIComponent(item.id)}`}>
          {category}
          <span className="yw-visually-hidden"> {item.number}</span>
        </Link>
        <IncidentStatusTag status={item.status} />
      </div>
      <p className="yw-incident-card-text">{item.description}</p>
      <dl className="yw-inline-facts">
        <div>
          <dt>{t('governancePortal.mine.number')}</dt>
          <dd className="yw-mono">{item.number}</dd>
        </div>
        <div>
          <dt>{t('governancePortal.mine.reportedOn')}</dt>
          <dd>{formatDay(item.createdAt, i18n.language)}</dd>
        </div>
      </dl>
    </li>
  );
}

function Incidents() {
  const { t } = useTranslation();
  const list = useCursorList<IncidentItem>('/me/incidents?limit=20');
  if (list.error !== undefined && list.items.length === 0) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  if (list.isLoading && list.items.length === 0) return <PageLoading />;
  if (list.items.length === 0) {
    return (
      <Empty description={t('governancePortal.mine.empty')}>
        <Link className="yw-link-button" to="/report">
          {t('governancePortal.mine.reportNow')}
        </Link>
      </Empty>
    );
  }
  return <CursorListView list={list} render={(item) => <IncidentCard key={item.id} item={item} />} />;
}

export function MyIncidentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('governancePortal.mine.title'), 'app.portalName');
  return (
    <div className="yw-container yw-section yw-incident-page">
      <div className="yw-incident-heading">
        <h1 className="yw-page-title">{t('governancePortal.mine.title')}</h1>
        <Link className="yw-link-button" to="/report">
          {t('governancePortal.nav')}
        </Link>
      </div>
      <SignedInOnly>
        <Incidents />
      </SignedInOnly>
    </div>
  );
}
