// /catalog: the standard items (基本目录) for the system admin — search, open an item, create, import, export.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { queryString } from '../../shared/api';
import { useBilingual } from '../../shared/bilingual';
import type { ItemSummary } from '../../shared/catalog-types';
import { SERVICE_DEPARTMENT_KINDS } from '../../shared/catalog-vocabulary';
import { departmentKindLabel, itemTypeLabel } from '../../shared/labels';
import { useApiQuery } from '../../shared/useApiQuery';
import { useCursorList } from '../../shared/useCursorList';
import { CursorListPage, CursorTable } from '../CursorTable';
import { PageHeading } from '../PageHeading';
import type { ItemVersion } from './item-form-model';
import { ExportButton, ImportButton } from './ImportExport';
import { VersionStatusTag } from './VersionStatusTag';

const PAGE_SIZE = 20;

/** The item's versions that matter at a glance: the published one and a pending draft. */
function VersionCell({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data } = useApiQuery<{ items: ItemVersion[] }>(`/catalog/items/${encodeURIComponent(code)}/versions`);
  if (data === undefined) return <span className="yw-muted">…</span>;
  const shown = data.items.filter((version) => version.status === 'published' || version.status === 'draft');
  return (
    <span className="yw-version-tags">
      {shown.map((version) => (
        <span key={version.version}>
          {t('console.catalog.versionN', { version: version.version })} <VersionStatusTag status={version.status} />
        </span>
      ))}
    </span>
  );
}

export function CatalogItemsPage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<{ q?: string; department?: string }>({});
  const list = useCursorList<ItemSummary>(`/catalog/items${queryString({ ...filters, limit: PAGE_SIZE })}`);

  const columns: TableColumnsType<ItemSummary> = [
    { key: 'code', title: t('console.catalog.code'), dataIndex: 'code', render: (code: string) => <span className="yw-mono">{code}</span> },
    {
      key: 'name',
      title: t('console.catalog.name'),
      render: (_: unknown, item: ItemSummary) => <Link to={`/catalog/items/${encodeURIComponent(item.code)}`}>{text(item.name)}</Link>,
    },
    { key: 'type', title: t('console.catalog.type'), dataIndex: 'type', render: (type: string) => itemTypeLabel(t, type) },
    { key: 'department', title: t('console.catalog.departmentKind'), dataIndex: 'department', render: (kind: string) => departmentKindLabel(t, kind) },
    { key: 'statutory', title: t('console.catalog.statutoryDays'), dataIndex: 'statutoryDays', align: 'right' },
    { key: 'versions', title: t('console.catalog.versions'), render: (_: unknown, item: ItemSummary) => <VersionCell code={item.code} /> },
  ];

  const heading = (
    <PageHeading
      title={t('console.catalog.title')}
      intro={t('console.catalog.intro')}
      actions={
        <>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/catalog/new')}>
            {t('console.catalog.newItem')}
          </Button>
          <ImportButton onImported={list.reload} />
          <ExportButton />
        </>
      }
    />
  );
  return (
    <CursorListPage heading={heading} list={list}>
      <Card className="yw-filters-card" title={<h2 className="yw-card-title">{t('console.catalog.filters')}</h2>}>
        <Form layout="vertical" className="yw-filters" name="catalog-filters" onFinish={(values: { q?: string; department?: string }) => setFilters({ q: values.q?.trim() || undefined, department: values.department })}>
          <Form.Item name="q" label={t('console.catalog.search')}>
            <Input allowClear maxLength={100} />
          </Form.Item>
          <Form.Item name="department" label={t('console.catalog.departmentKind')}>
            <Select allowClear options={SERVICE_DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: departmentKindLabel(t, kind) }))} />
          </Form.Item>
          <div className="yw-filters-actions">
            <Button type="primary" htmlType="submit">
              {t('console.catalog.searchButton')}
            </Button>
          </div>
        </Form>
      </Card>
      <Card>
        <CursorTable list={list} columns={columns} rowKey="code" />
        <OpenByCode />
      </Card>
    </CursorListPage>
  );
}

/** Drafts that were never published are not in the public search; they are opened by their code. */
function OpenByCode() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Form layout="inline" name="open-by-code" className="yw-open-by-code" onFinish={(values: { code: string }) => void navigate(`/catalog/items/${encodeURIComponent(values.code.trim())}`)}>
      <Form.Item name="code" label={t('console.catalog.openByCode')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('console.catalog.code') }) }]}>
        <Input className="yw-mono" spellCheck={false} maxLength={40} />
      </Form.Item>
      <Button htmlType="submit">{t('console.catalog.open')}</Button>
    </Form>
  );
}
