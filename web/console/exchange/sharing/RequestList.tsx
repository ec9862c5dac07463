// The list of sharing requests in tabs: mine (as consumer), waiting for me (my department decides), my resources
// (as provider) and all I may see; each row with its status and the open step's deadline.
import { Button, Card, Space, Tabs, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useBilingual } from '../../../shared/bilingual';
import { useCursorList } from '../../../shared/useCursorList';
import { CursorListPage, CursorTable } from '../../CursorTable';
import { PageHeading } from '../../PageHeading';
import type { RequestSummary } from './sharing-api';
import { DeadlineTag, RequestStatusTag } from './SharingTags';

const TABS = [
  { key: 'mine', role: 'consumer' },
  { key: 'todo', role: 'todo' },
  { key: 'provided', role: 'provider' },
  { key: 'all', role: 'all' },
] as const;

export function RequestList() {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((x) => x.key === params.get('tab')) ?? TABS[0];
  const list = useCursorList<RequestSummary>(`/exchange/requests?role=${tab.role}&limit=20`);
  const dept = (d: RequestSummary['consumer']) => text({ zh: d.name, en: d.nameEn });

  const columns: TableColumnsType<RequestSummary> = [
    {
      key: 'number',
      title: t('exchangeSharing.columns.number'),
      render: (_: unknown, row) => (
        <Link to={`/exchange/sharing/requests/${encodeURIComponent(row.id)}`} className="yw-mono" aria-label={t('exchangeSharing.open', { number: row.number })}>
          {row.number}
        </Link>
      ),
    },
    { key: 'resource', title: t('exchangeSharing.columns.resource'), render: (_: unknown, row) => text(row.resource.name) },
    { key: 'consumer', title: t('exchangeSharing.columns.consumer'), render: (_: unknown, row) => dept(row.consumer) },
    { key: 'provider', title: t('exchangeSharing.columns.provider'), render: (_: unknown, row) => dept(row.provider) },
    { key: 'status', title: t('exchangeSharing.columns.status'), render: (_: unknown, row) => <RequestStatusTag status={row.status} /> },
    { key: 'due', title: t('exchangeSharing.columns.due'), render: (_: unknown, row) => <DeadlineTag dueOn={row.dueOn} deadline={row.deadline} /> },
  ];

  return (
    <CursorListPage
      list={list}
      heading={
        <PageHeading
          title={t('exchangeSharing.title')}
          intro={t('exchangeSharing.intro')}
          actions={
            <Space wrap>
              <Button onClick={() => void navigate('/exchange/sharing/keys')}>{t('exchangeSharing.apiKeys')}</Button>
              <Button type="primary" onClick={() => void navigate('/exchange/sharing/new')}>
                {t('exchangeSharing.newRequest')}
              </Button>
            </Space>
          }
        />
      }
    >
      <Card>
        <Tabs
          activeKey={tab.key}
          onChange={(key) => setParams(new URLSearchParams({ tab: key }))}
          items={TABS.map((x) => ({ key: x.key, label: t(`exchangeSharing.tabs.${x.key}`) }))}
        />
        <CursorTable key={`${tab.key}-${i18n.language}`} list={list} columns={columns} rowKey="id" />
      </Card>
    </CursorListPage>
  );
}
