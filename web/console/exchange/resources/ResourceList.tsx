// The catalogue for staff: search with filters, a table of resources; stewards publish from here.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { queryString } from '../../../shared/api';
import { departmentName, useBilingual } from '../../../shared/bilingual';
import { useSession } from '../../../shared/session';
import type { Department } from '../../../shared/types';
import { useApiQuery } from '../../../shared/useApiQuery';
import { useCursorList } from '../../../shared/useCursorList';
import { CursorListPage, CursorTable } from '../../CursorTable';
import { PageHeading } from '../../PageHeading';
import { GRADES, SHARING_TYPES, type ResourceSummary } from './resources-api';
import { GradeTag, ScoreText, SharingTag } from './ResourceTags';

interface Filters {
  q?: string;
  provider?: string;
  grade?: string;
  sharingType?: string;
  openData?: string;
}

export function ResourceList() {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const navigate = useNavigate();
  const { state } = useSession();
  const isSteward = state.status === 'signed_in' && state.me.roles.includes('data_steward');
  const [filters, setFilters] = useState<Filters>({});
  const list = useCursorList<ResourceSummary>(`/exchange/resources${queryString({ ...filters, limit: 20 })}`);
  const departments = useApiQuery<{ items: Department[] }>('/departments');

  const columns: TableColumnsType<ResourceSummary> = [
    { key: 'code', title: t('exchangeResources.code'), dataIndex: 'code', render: (code: string) => <span className="yw-mono">{code}</span> },
    { key: 'name', title: t('exchangeResources.name'), render: (_: unknown, r: ResourceSummary) => <Link to={`/exchange/resources/${encodeURIComponent(r.code)}`}>{text(r.name)}</Link> },
    { key: 'provider', title: t('exchangeResources.provider'), render: (_: unknown, r: ResourceSummary) => departmentName(r.provider, i18n.language) },
    { key: 'grade', title: t('exchangeResources.grade'), render: (_: unknown, r: ResourceSummary) => <GradeTag grade={r.grade} /> },
    { key: 'sharing', title: t('exchangeResources.sharingType'), render: (_: unknown, r: ResourceSummary) => <SharingTag sharingType={r.sharingType} /> },
    { key: 'method', title: t('exchangeResources.method'), render: (_: unknown, r: ResourceSummary) => t(`exchangeResources.methodValue.${r.method}`) },
    { key: 'open', title: t('exchangeResources.openData'), render: (_: unknown, r: ResourceSummary) => (r.openData ? t('common.yes') : t('common.no')) },
    { key: 'cycle', title: t('exchangeResources.updateCycle'), render: (_: unknown, r: ResourceSummary) => t(`exchangeResources.cycleValue.${r.updateCycle}`) },
    { key: 'quality', title: t('exchangeResources.quality'), align: 'right', render: (_: unknown, r: ResourceSummary) => <ScoreText score={r.qualityScore} /> },
  ];

  const any = { value: '', label: t('exchangeResources.anyValue') };
  const heading = (
    <PageHeading
      title={t('exchangeResources.title')}
      intro={t('exchangeResources.intro')}
      actions={
        isSteward ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/exchange/resources/new')}>
            {t('exchangeResources.publish')}
          </Button>
        ) : undefined
      }
    />
  );
  return (
    <CursorListPage heading={heading} list={list}>
      <Card className="yw-filters-card" title={<h2 className="yw-card-title">{t('exchangeResources.filters')}</h2>}>
        <Form
          layout="vertical"
          className="yw-filters"
          name="resource-filters"
          onFinish={(values: Filters) => setFilters({ q: values.q?.trim() || undefined, provider: values.provider || undefined, grade: values.grade || undefined, sharingType: values.sharingType || undefined, openData: values.openData || undefined })}
        >
          <Form.Item name="q" label={t('exchangeResources.search')}>
            <Input allowClear maxLength={100} />
          </Form.Item>
          <Form.Item name="provider" label={t('exchangeResources.provider')}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={[any, ...(departments.data?.items ?? []).map((d) => ({ value: d.code, label: departmentName(d, i18n.language) }))]}
            />
          </Form.Item>
          <Form.Item name="grade" label={t('exchangeResources.grade')}>
            <Select options={[any, ...GRADES.map((g) => ({ value: g, label: t(`exchangeResources.gradeValue.${g}`) }))]} />
          </Form.Item>
          <Form.Item name="sharingType" label={t('exchangeResources.sharingType')}>
            <Select options={[any, ...SHARING_TYPES.map((s) => ({ value: s, label: t(`exchangeResources.sharingValue.${s}`) }))]} />
          </Form.Item>
          <Form.Item name="openData" label={t('exchangeResources.openData')}>
            <Select options={[any, { value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }]} />
          </Form.Item>
          <div className="yw-filters-actions">
            <Button type="primary" htmlType="submit">
              {t('exchangeResources.searchButton')}
            </Button>
          </div>
        </Form>
      </Card>
      <Card>
        <CursorTable list={list} columns={columns} rowKey="code" />
      </Card>
    </CursorListPage>
  );
}
