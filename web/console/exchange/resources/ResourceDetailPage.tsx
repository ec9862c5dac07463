// One data resource: its catalogue entry, fields, quality and — for the provider's stewards — the import panel.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Descriptions } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { departmentName, useBilingual } from '../../../shared/bilingual';
import { PageLoading, QueryError } from '../../../shared/StatusViews';
import { useApiQuery } from '../../../shared/useApiQuery';
import { PageHeading } from '../../PageHeading';
import { SectionCard } from '../../SectionCard';
import { FieldsTable } from './FieldsTable';
import { ImportPanel } from './ImportPanel';
import { QualityCard } from './QualityCard';
import { resourcePath, type ResourceDetail } from './resources-api';
import { GradeTag, SharingTag } from './ResourceTags';
import './resources.css';

function Overview({ resource }: { resource: ResourceDetail }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const c = resource.classification;
  const items = [
    { key: 'code', label: t('exchangeResources.code'), children: <span className="yw-mono">{resource.code}</span> },
    { key: 'provider', label: t('exchangeResources.provider'), children: departmentName(resource.provider, i18n.language) },
    { key: 'classification', label: t('exchangeResources.classification'), children: `${c.class} / ${c.item} / ${c.category}` },
    { key: 'subject', label: t('exchangeResources.subjectKind'), children: t(`exchangeResources.subjectValue.${resource.subjectKind}`) },
    {
      key: 'grade',
      label: t('exchangeResources.grade'),
      children: (
        <>
          <GradeTag grade={resource.grade} />
          {resource.inputsGrade !== null && <span className="yw-muted">{t('exchangeResources.inputsGrade', { grade: t(`exchangeResources.gradeValue.${resource.inputsGrade}`) })}</span>}
        </>
      ),
    },
    {
      key: 'sharing',
      label: t('exchangeResources.sharingType'),
      children: (
        <>
          <SharingTag sharingType={resource.sharingType} />
          {resource.notSharedBasis !== null && <span>{resource.notSharedBasis}</span>}
        </>
      ),
    },
    { key: 'method', label: t('exchangeResources.method'), children: t(`exchangeResources.methodValue.${resource.method}`) },
    { key: 'open', label: t('exchangeResources.openData'), children: resource.openData ? t('common.yes') : t('common.no') },
    { key: 'cycle', label: t('exchangeResources.updateCycle'), children: t(`exchangeResources.cycleValue.${resource.updateCycle}`) },
    { key: 'released', label: t('exchangeResources.releasedOn'), children: resource.releasedOn ?? '—' },
    { key: 'derived', label: t('exchangeResources.derivedFrom'), children: resource.derivedFrom.length > 0 ? <span className="yw-mono">{resource.derivedFrom.join(', ')}</span> : t('exchangeResources.none') },
    { key: 'unique', label: t('exchangeResources.uniqueFields'), children: resource.uniqueFields.length > 0 ? <span className="yw-mono">{resource.uniqueFields.join(', ')}</span> : t('exchangeResources.none') },
    { key: 'records', label: t('exchangeResources.recordCount'), children: <span data-testid="record-count">{resource.recordCount}</span> },
    { key: 'loaded', label: t('exchangeResources.lastLoadedAt'), children: resource.lastLoadedAt !== null ? new Date(resource.lastLoadedAt).toLocaleString(i18n.language) : t('exchangeResources.never') },
    { key: 'version', label: t('exchangeResources.version'), children: resource.version },
    { key: 'description', label: t('exchangeResources.description'), children: text(resource.description), span: 2 },
  ];
  return (
    <SectionCard title={t('exchangeResources.basics')}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
    </SectionCard>
  );
}

export function ResourceDetailPage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const { data, error, isLoading, reload } = useApiQuery<ResourceDetail>(resourcePath(code));
  const onFinished = useCallback(() => reload(), [reload]);
  if (error !== undefined && data === undefined) return <QueryError error={error} onRetry={reload} />;
  if (isLoading && data === undefined) return <PageLoading />;
  if (data === undefined) return <PageLoading />;
  return (
    <div className="yw-resource-detail">
      <PageHeading
        title={text(data.name)}
        intro={text(data.description)}
        actions={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/exchange/resources')}>
            {t('exchangeResources.back')}
          </Button>
        }
      />
      <Overview resource={data} />
      <SectionCard title={t('exchangeResources.fields')}>
        <FieldsTable fields={data.fields} />
      </SectionCard>
      <QualityCard quality={data.quality} />
      {data.canManage && <ImportPanel code={data.code} onFinished={onFinished} />}
    </div>
  );
}
