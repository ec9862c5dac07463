// What the applicant gave: the form values, and each material with where it came from — a fetched e-licence
// (number, issuer), an upload (file name, SHA-256 prefix, a link to open it), a signed commitment, or a material a
// prior service of the same life event will issue.
import { Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../shared/application-types';
import { useBilingual } from '../../shared/bilingual';
import { sourceLabel } from '../../shared/labels';
import { SectionCard } from '../SectionCard';
import { fileUrl } from './case-api';

type Material = CaseView['materials'][number];

const HASH_PREFIX = 12;

/** A form value as text: lists joined, booleans in words, anything structured as compact JSON. */
function useValueText(): (value: unknown) => string {
  const { t } = useTranslation();
  return (value: unknown) => {
    if (value === null || value === undefined || value === '') return t('common.notProvided');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (Array.isArray(value)) return value.map((entry) => (typeof entry === 'string' || typeof entry === 'number' ? String(entry) : JSON.stringify(entry))).join(t('console.header.listSeparator'));
    return JSON.stringify(value);
  };
}

export function CaseFormValues({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const valueText = useValueText();
  return (
    <SectionCard title={t('console.applications.form')}>
      {view.fields.length === 0 ? (
        <p className="yw-muted">{t('console.applications.noFields')}</p>
      ) : (
        <Descriptions
          column={1}
          bordered
          size="small"
          items={view.fields.map((field) => ({ key: field.key, label: text(field.title), children: <span className="yw-prewrap">{valueText(field.value)}</span> }))}
        />
      )}
    </SectionCard>
  );
}

function MaterialSource({ material }: { material: Material }): ReactNode {
  const { t } = useTranslation();
  if (material.licence !== null) {
    return <span>{t('console.applications.licenceFrom', { number: material.licence.number, issuer: material.licence.issuer })}</span>;
  }
  if (material.file !== null) {
    return (
      <span className="yw-case-file">
        <a href={fileUrl(material.file.id)} target="_blank" rel="noopener noreferrer">
          {t('console.applications.openFile', { name: material.file.fileName })}
        </a>
        <span className="yw-mono yw-case-hash">{t('console.applications.fileHash', { hash: material.file.sha256.slice(0, HASH_PREFIX) })}</span>
      </span>
    );
  }
  if (material.provision === 'commitment') {
    return (
      <figure className="yw-case-statement">
        <figcaption>{t('console.applications.statement')}</figcaption>
        <blockquote className="yw-prewrap">{material.statement ?? '—'}</blockquote>
      </figure>
    );
  }
  if (material.shared !== null) {
    return <span>{t('console.applications.sharedFact', { fact: material.shared.fact })}</span>;
  }
  if (material.provision === 'pending') {
    return <span>{material.pendingFrom === null ? t('console.applications.provisions.pending') : t('console.applications.pendingFrom', { source: material.pendingFrom })}</span>;
  }
  return <span className="yw-muted">—</span>;
}

export function CaseMaterials({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <SectionCard title={t('console.applications.materials')}>
      {view.materials.length === 0 ? (
        <p className="yw-muted">{t('console.applications.noMaterials')}</p>
      ) : (
        <ul className="yw-case-materials">
          {view.materials.map((material) => (
            <li key={material.id}>
              <div className="yw-case-material-head">
                <strong>{text(material.name)}</strong>
                <Tag className={material.provision === 'pending' ? 'yw-case-pending' : undefined}>
                  {t(`console.applications.provisions.${material.provision}`, { source: sourceLabel(t, material.source) })}
                </Tag>
              </div>
              <MaterialSource material={material} />
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
