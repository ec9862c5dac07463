// /implementations: the local implementation lists (实施清单) in my regions, with the ones waiting for
// re-confirmation after a new standard version marked, and a way to claim an item for a region.
import { Card, Checkbox, Form, Select, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { queryString } from '../../shared/api';
import { departmentName, useBilingual } from '../../shared/bilingual';
import { regionName } from '../../shared/regions';
import { StatusTag } from '../../shared/StatusTag';
import type { Department } from '../../shared/types';
import { useApiQuery } from '../../shared/useApiQuery';
import { PageHeading } from '../PageHeading';
import { QueryTable } from '../QueryTable';
import { ClaimItemCard } from './ClaimItemCard';
import type { ImplementationListItem } from './implementation-model';
import { useScopeRegions } from './scope-regions';

interface Filters {
  region?: string;
  isReviewOnly: boolean;
}

export function ImplementationsPage() {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const [filters, setFilters] = useState<Filters>({ isReviewOnly: false });
  const path = `/catalog/implementations${queryString({ region: filters.region, needsReview: filters.isReviewOnly ? 'true' : undefined })}`;
  const list = useApiQuery<{ items: ImplementationListItem[] }>(path);
  const departments = useApiQuery<{ items: Department[] }>('/departments');
  const scopeRegions = useScopeRegions();
  const regionLabels = useMemo(() => new Map((scopeRegions ?? []).map((region) => [region.code, regionName(region, i18n.language)])), [scopeRegions, i18n.language]);
  const departmentLabels = useMemo(() => new Map((departments.data?.items ?? []).map((department) => [department.code, departmentName(department, i18n.language)])), [departments.data, i18n.language]);

  const columns: TableColumnsType<ImplementationListItem> = [
    {
      key: 'item',
      title: t('console.implementations.item'),
      render: (_: unknown, row: ImplementationListItem) => (
        <span className="yw-item-cell">
          <Link to={`/implementations/${encodeURIComponent(row.itemCode)}/${row.regionCode}`}>{text(row.itemName)}</Link>
          <span className="yw-mono yw-muted">{row.itemCode}</span>
        </span>
      ),
    },
    { key: 'region', title: t('console.implementations.region'), dataIndex: 'regionCode', render: (code: string) => regionLabels.get(code) ?? code },
    { key: 'department', title: t('console.implementations.department'), dataIndex: 'departmentCode', render: (code: string) => departmentLabels.get(code) ?? code },
    {
      key: 'days',
      title: t('console.implementations.days'),
      render: (_: unknown, row: ImplementationListItem) => t('console.implementations.daysValue', { promised: row.promisedDays, statutory: row.statutoryDays }),
    },
    {
      key: 'version',
      title: t('console.implementations.version'),
      render: (_: unknown, row: ImplementationListItem) =>
        row.currentVersion !== null && row.currentVersion !== row.standardVersion
          ? t('console.implementations.versionBehind', { confirmed: row.standardVersion, current: row.currentVersion })
          : t('console.catalog.versionN', { version: row.standardVersion }),
    },
    {
      key: 'status',
      title: t('console.implementations.status'),
      dataIndex: 'needsReview',
      render: (needsReview: boolean) =>
        needsReview ? <StatusTag tone="error">{t('console.implementations.needsReview')}</StatusTag> : <StatusTag tone="success">{t('console.implementations.confirmed')}</StatusTag>,
    },
  ];

  const reviewCount = (list.data?.items ?? []).filter((row) => row.needsReview).length;
  return (
    <>
      <PageHeading title={t('console.implementations.title')} intro={t('console.implementations.intro')} />
      <Card className="yw-filters-card" title={<h2 className="yw-card-title">{t('console.implementations.filters')}</h2>}>
        <Form layout="vertical" className="yw-filters" name="implementation-filters" initialValues={filters} onValuesChange={(_, values: Filters) => setFilters(values)}>
          <Form.Item name="region" label={t('console.implementations.region')}>
            <Select allowClear placeholder={t('console.implementations.allRegions')} showSearch={{ optionFilterProp: 'label' }} options={[...regionLabels].map(([value, label]) => ({ value, label: `${label} ${value}` }))} />
          </Form.Item>
          <Form.Item name="isReviewOnly" valuePropName="checked" label={t('console.implementations.reviewFilter')}>
            <Checkbox>{t('console.implementations.reviewOnly')}</Checkbox>
          </Form.Item>
        </Form>
      </Card>
      {!filters.isReviewOnly && reviewCount > 0 && <p className="yw-review-count">{t('console.implementations.reviewCount', { count: reviewCount })}</p>}
      <QueryTable
        query={list}
        columns={columns}
        rowKey="id"
        cardClassName="yw-list-card"
        rowClassName={(row) => (row.needsReview ? 'yw-row-attention' : '')}
      />
      <ClaimItemCard regions={scopeRegions ?? []} />
    </>
  );
}
