// The parts of a case page that describe what was filed: the materials with where each came from, the answers,
// the handling steps, and for a life event its items.
import { Steps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseView } from '../../shared/application-types';
import { departmentName, useBilingual } from '../../shared/bilingual';
import { StatusTag } from '../../shared/StatusTag';
import { CaseStatusTag } from './case-labels';

function MaterialSource({ material, itemName }: { material: CaseView['materials'][number]; itemName: (code: string) => string }) {
  const { t } = useTranslation();
  switch (material.provision) {
    case 'fetched':
      return (
        <>
          <StatusTag tone="success">{t('portal.case.materials.fetched')}</StatusTag>
          {material.licence !== null && (
            <span className="yw-muted-text">
              {material.licence.issuer} <span className="yw-mono">{material.licence.number}</span>
            </span>
          )}
        </>
      );
    case 'upload':
      return (
        <>
          <StatusTag tone="info">{t('portal.case.materials.uploaded')}</StatusTag>
          {material.file !== null && <span className="yw-muted-text">{material.file.fileName}</span>}
        </>
      );
    case 'commitment':
      return <StatusTag tone="info">{t('portal.case.materials.commitment')}</StatusTag>;
    case 'pending':
      return (
        <>
          <Tag>{t('portal.case.materials.pending')}</Tag>
          {material.shared !== null && <span className="yw-muted-text">{t('portal.case.materials.sharedFact', { fact: material.shared.fact })}</span>}
          {material.pendingFrom !== null && <span className="yw-muted-text">{t('portal.case.materials.pendingFrom', { name: itemName(material.pendingFrom) })}</span>}
        </>
      );
  }
}

/** Materials of the case, or of each item of a life event under the item's name. */
export function CaseMaterials({ view, childViews }: { view: CaseView; childViews: CaseView[] }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const names = new Map(childViews.map((child) => [child.itemCode ?? '', text(child.title)]));
  const itemName = (code: string) => names.get(code) ?? code;
  const groups = view.kind === 'bundle' ? childViews.map((child) => ({ key: child.id, title: text(child.title), materials: child.materials })) : [{ key: view.id, title: null, materials: view.materials }];
  if (groups.every((group) => group.materials.length === 0)) return <p className="yw-muted-text">{t('portal.case.materials.none')}</p>;
  return (
    <>
      {groups.map((group) => (
        <div key={group.key} className="yw-case-material-group">
          {group.title !== null && <h3>{group.title}</h3>}
          <ul className="yw-field-list">
            {group.materials.map((material) => (
              <li key={material.id}>
                <span className="yw-field-title">{text(material.name)}</span>
                <span className="yw-field-tags">
                  <MaterialSource material={material} itemName={itemName} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function shownValue(value: unknown, t: (key: string) => string): string {
  if (value === undefined || value === null || value === '') return t('common.notProvided');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/**
 * A life event's answers read from its items (each names its fields; the bundle itself only knows their keys), an
 * answer shared by several items shown once.
 */
function bundleFields(childViews: CaseView[]): CaseView['fields'] {
  const seen = new Set<string>();
  const out: CaseView['fields'] = [];
  for (const field of childViews.flatMap((child) => child.fields)) {
    const key = `${field.title.zh}|${JSON.stringify(field.value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(field);
  }
  return out;
}

export function CaseFields({ view, childViews }: { view: CaseView; childViews: CaseView[] }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const fields = view.kind === 'bundle' && childViews.length > 0 ? bundleFields(childViews) : view.fields;
  if (fields.length === 0) return <p className="yw-muted-text">{t('common.empty')}</p>;
  return (
    <dl className="yw-review-list">
      {fields.map((field) => (
        <div key={`${field.key}|${field.title.zh}`}>
          <dt>{text(field.title)}</dt>
          <dd>{shownValue(field.value, t)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CaseSteps({ view }: { view: CaseView }) {
  const text = useBilingual();
  if (view.steps.length === 0) return null;
  const current = view.steps.findIndex((step) => step.state === 'current');
  const allDone = view.steps.every((step) => step.state === 'done');
  return (
    <Steps
      className="yw-case-steps"
      orientation="vertical"
      size="small"
      current={allDone ? view.steps.length : Math.max(current, 0)}
      items={view.steps.map((step) => ({ title: text(step.name), status: step.state === 'done' ? 'finish' : step.state === 'current' ? 'process' : 'wait' }))}
    />
  );
}

/** A life event's items, each with its department, status and deadline, linked to the item's own page. */
export function BundleItems({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  return (
    <ol className="yw-case-list yw-bundle-items">
      {view.children.map((child) => (
        <li key={child.id} className="yw-case-card">
          <div className="yw-case-card-head">
            <Link className="yw-case-card-title" to={`/applications/${encodeURIComponent(child.id)}`}>
              {text(child.title)}
            </Link>
            <CaseStatusTag status={child.status} />
          </div>
          <dl className="yw-inline-facts">
            {child.department !== null && (
              <div>
                <dt>{t('portal.case.department')}</dt>
                <dd>{departmentName(child.department, i18n.language)}</dd>
              </div>
            )}
            <div>
              <dt>{t('portal.myApplications.caseNumber')}</dt>
              <dd className="yw-mono">{child.caseNumber}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
