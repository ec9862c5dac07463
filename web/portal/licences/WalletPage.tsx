// 我的证照: the signed-in citizen's or enterprise's e-licences, one card each.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import { NoAccess, PageLoading, QueryError } from '../../shared/StatusViews';
import { useSession } from '../../shared/session';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { LicenceFacts } from './LicenceFacts';
import { LicenceStatusTag } from './LicenceStatusTag';
import type { LicenceSummary } from './licence-types';
import './licences.css';

function LicenceCard({ licence }: { licence: LicenceSummary }) {
  const text = useBilingual();
  const name = text(licence.typeName);
  return (
    <article className={`yw-licence-card yw-licence-${licence.status}`}>
      <header className="yw-licence-card-header">
        <SafetyCertificateOutlined aria-hidden="true" className="yw-licence-icon" />
        <h2 className="yw-licence-card-title">
          <Link to={`/licences/${licence.id}`}>{name}</Link>
        </h2>
        <LicenceStatusTag status={licence.status} />
      </header>
      <LicenceFacts licence={licence} />
    </article>
  );
}

function WalletList() {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApiQuery<{ items: LicenceSummary[] }>('/licences');
  if (error !== undefined) return <QueryError error={error} onRetry={reload} />;
  if (isLoading || data === undefined) return <PageLoading />;
  if (data.items.length === 0) return <Empty description={t('portal.licences.empty')} />;
  return (
    <ul className="yw-licence-list">
      {data.items.map((licence) => (
        <li key={licence.id}>
          <LicenceCard licence={licence} />
        </li>
      ))}
    </ul>
  );
}

export function WalletPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  useDocumentTitle(t('portal.licences.title'), 'app.portalName');
  if (state.status === 'loading') return <PageLoading />;
  if (state.status !== 'signed_in') return <Navigate to="/login?next=%2Flicences" replace />;
  return (
    <div className="yw-container yw-section">
      <h1 className="yw-page-title">{t('portal.licences.title')}</h1>
      <p className="yw-page-intro">{t('portal.licences.intro')}</p>
      {state.me.kind === 'staff' ? <NoAccess /> : <WalletList />}
    </div>
  );
}
