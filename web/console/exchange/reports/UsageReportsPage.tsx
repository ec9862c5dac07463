// 数据使用异议: the audit admin reviews reports of wrong use of citizens' and enterprises' data.
import { Button, Card, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../../../shared/api';
import { useBilingual } from '../../../shared/bilingual';
import { StatusTag } from '../../../shared/StatusTag';
import { useCursorList } from '../../../shared/useCursorList';
import { CursorListPage } from '../../CursorTable';
import { LoadMore } from '../../LoadMore';
import { formatDateTime } from '../../labels';
import { PageHeading } from '../../PageHeading';
import { DecideReportDialog } from './DecideReportDialog';
import type { UsageReport } from './report-types';

const STATUSES = ['open', 'upheld', 'dismissed'] as const;

export function UsageReportsPage() {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const [status, setStatus] = useState<string>('open');
  const [deciding, setDeciding] = useState<UsageReport | null>(null);
  const list = useCursorList<UsageReport>(`/exchange/usage-reports${queryString({ status })}`);

  const columns: TableColumnsType<UsageReport> = [
    { key: 'createdAt', title: t('exchangeUsage.reportedAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at, i18n.language) },
    {
      key: 'status',
      title: t('exchangeUsage.status'),
      dataIndex: 'status',
      render: (value: UsageReport['status']) => <StatusTag tone={value === 'open' ? 'info' : value === 'upheld' ? 'error' : 'success'}>{t(`exchangeUsage.statuses.${value}`)}</StatusTag>,
    },
    {
      key: 'record',
      title: t('exchangeUsage.record'),
      render: (_: unknown, report: UsageReport) =>
        report.record === null ? (
          t('exchangeUsage.noRecord')
        ) : (
          <span className="yw-cell-stack">
            <span>
              {text(report.record.resource.name)} · {t(`exchangeUsage.methods.${report.record.method}`)}
            </span>
            <span className="yw-muted">{report.record.department ? text(report.record.department.name) : '—'}</span>
            <span className="yw-muted">{formatDateTime(report.record.at, i18n.language)}</span>
            <span>{`${t('exchangeUsage.purpose')}：${report.record.purpose}`}</span>
            <span className="yw-muted">{report.record.fields.map((f) => text(f.name)).join('、')}</span>
          </span>
        ),
    },
    { key: 'reason', title: t('exchangeUsage.reason'), dataIndex: 'reason' },
    { key: 'decision', title: t('exchangeUsage.decision'), dataIndex: 'decision', render: (value: string | null) => value ?? '—' },
    {
      key: 'actions',
      title: t('exchangeUsage.decide'),
      render: (_: unknown, report: UsageReport) =>
        report.status === 'open' ? (
          <Button onClick={() => setDeciding(report)} aria-label={`${t('exchangeUsage.decide')}: ${report.reason}`}>
            {t('exchangeUsage.decide')}
          </Button>
        ) : null,
    },
  ];

  return (
    <CursorListPage heading={<PageHeading title={t('exchangeUsage.reportsTitle')} intro={t('exchangeUsage.reportsIntro')} />} list={list}>
      <Card className="yw-filters-card">
        <label className="yw-inline-label" htmlFor="usage-report-status">
          {t('exchangeUsage.status')}
        </label>{' '}
        <Select
          id="usage-report-status"
          value={status}
          onChange={setStatus}
          style={{ minWidth: 160 }}
          options={[{ value: '', label: t('exchangeUsage.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`exchangeUsage.statuses.${s}`) }))]}
        />
      </Card>
      <Card>
        {/* Not scrolled sideways: the cells wrap, so a decided report (nothing to press) is no unreachable scroll area. */}
        <Table<UsageReport> rowKey="id" columns={columns} dataSource={list.items} loading={list.isLoading && list.items.length === 0} pagination={false} tableLayout="fixed" locale={{ emptyText: t('common.empty') }} />
        <LoadMore list={list} />
      </Card>
      {deciding !== null && (
        <DecideReportDialog
          report={deciding}
          onClose={() => setDeciding(null)}
          onDecided={() => {
            setDeciding(null);
            list.reload();
          }}
        />
      )}
    </CursorListPage>
  );
}
