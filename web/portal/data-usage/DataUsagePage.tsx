// 谁用了我的数据: every use of the signed-in citizen's (or enterprise's) data, with filters, export and reports.
import { Button, Empty } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { queryString } from '../../shared/api';
import { NoAccess, PageLoading, QueryError } from '../../shared/StatusViews';
import { useSession } from '../../shared/session';
import { useApiQuery } from '../../shared/useApiQuery';
import { useCursorList } from '../../shared/useCursorList';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { UsageFilters } from './UsageFilters';
import { UsageRecordCard } from './UsageRecordCard';
import type { MyUsageItem, UsageFilterValues, UsagePageAnswer } from './usage-types';
import './data-usage.css';

function UsageList() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<UsageFilterValues>({ from: '', to: '', department: '', method: '' });
  const query = useMemo(() => queryString({ ...filters }), [filters]);
  const facets = useApiQuery<UsagePageAnswer>('/me/data-usage?limit=1');
  const list = useCursorList<MyUsageItem>(`/me/data-usage${query}`);
  const exportHref = (format: 'csv' | 'json') => `/api/v1/me/data-usage/export${queryString({ format, ...filters })}`;
  return (
    <>
      <UsageFilters departments={facets.data?.departments ?? []} onApply={setFilters} />
      <div className="yw-usage-exports">
        <Button href={exportHref('csv')} download>
          {t('exchangeUsage.exportCsv')}
        </Button>
        <Button href={exportHref('json')} download>
          {t('exchangeUsage.exportJson')}
        </Button>
      </div>
      {list.error !== undefined && <QueryError error={list.error} onRetry={list.reload} />}
      {list.items.length === 0 && !list.isLoading && list.error === undefined && <Empty description={t('exchangeUsage.empty')} />}
      <ul className="yw-usage-list">
        {list.items.map((item) => (
          <li key={item.id}>
            <UsageRecordCard item={item} />
          </li>
        ))}
      </ul>
      {list.isLoading && <PageLoading />}
      {list.hasMore && !list.isLoading && <Button onClick={list.loadMore}>{t('exchangeUsage.loadMore')}</Button>}
    </>
  );
}

export function DataUsagePage() {
  const { t } = useTranslation();
  const { state } = useSession();
  useDocumentTitle(t('exchangeUsage.title'), 'app.portalName');
  if (state.status === 'loading') return <PageLoading />;
  if (state.status !== 'signed_in') return <Navigate to="/login?next=%2Fme%2Fdata-usage" replace />;
  return (
    <div className="yw-container yw-section yw-data-usage">
      <h1 className="yw-page-title">{t('exchangeUsage.title')}</h1>
      <p className="yw-page-intro">{state.me.kind === 'enterprise' ? t('exchangeUsage.enterpriseIntro') : t('exchangeUsage.intro')}</p>
      {state.me.kind === 'staff' ? <NoAccess /> : <UsageList />}
    </div>
  );
}
