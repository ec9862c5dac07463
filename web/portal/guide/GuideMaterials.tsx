// The materials of a guide, each marked: required or optional, fetched for the applicant (nothing to submit),
// replaceable by a signed commitment (告知承诺), and the formats accepted.
import { CheckCircleOutlined, FileTextOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import type { GuideMaterial } from '../../shared/catalog-types';
import { sourceLabel } from '../../shared/labels';
import { StatusTag } from '../../shared/StatusTag';

function MaterialItem({ material, index }: { material: GuideMaterial; index: number }) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <li className={material.isFetched ? 'yw-material yw-material-fetched' : 'yw-material'}>
      <span className="yw-material-index" aria-hidden="true">
        {material.isFetched ? <CheckCircleOutlined /> : index + 1}
      </span>
      <div className="yw-material-body">
        <span className="yw-material-name">{text(material.name)}</span>
        <span className="yw-material-tags">
          <Tag>{material.isRequired ? t('portal.guide.required') : t('portal.guide.optional')}</Tag>
          {material.isFetched && <StatusTag tone="success">{t('portal.guide.fetched')}</StatusTag>}
          {material.mayCommit && <StatusTag tone="info">{t('portal.guide.mayCommit')}</StatusTag>}
        </span>
        <span className="yw-material-meta">
          {t('portal.guide.source', { source: sourceLabel(t, material.source) })}
          {!material.isFetched && material.source !== 'commitment' && (
            <>
              {t('portal.guide.metaSeparator')}
              {t('portal.guide.formats', { formats: material.formats.map((format) => format.toUpperCase()).join(' / ') })}
            </>
          )}
        </span>
      </div>
    </li>
  );
}

export function GuideMaterials({ materials }: { materials: GuideMaterial[] }) {
  const { t } = useTranslation();
  const fetched = materials.filter((material) => material.isFetched).length;
  if (materials.length === 0) return <p>{t('portal.guide.noMaterials')}</p>;
  return (
    <>
      <p className="yw-guide-summary">
        <FileTextOutlined aria-hidden="true" /> {t('portal.guide.materialsSummary', { count: materials.length, fetched })}
      </p>
      <ol className="yw-material-list">
        {materials.map((material, index) => (
          <MaterialItem key={material.id} material={material} index={index} />
        ))}
      </ol>
    </>
  );
}
