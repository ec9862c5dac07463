// The last page of the wizard: every answer and every material at a glance, each page with a link back to it.
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import { StatusTag } from '../../shared/StatusTag';
import type { MaterialState, PreparedMaterial, WizardField } from './wizard-model';

function shownValue(value: unknown, t: (key: string) => string): string {
  if (value === undefined || value === null || value === '') return t('common.notProvided');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : JSON.stringify(value);
}

function MaterialLine({ material, state }: { material: PreparedMaterial; state: MaterialState | undefined }) {
  const { t } = useTranslation();
  const text = useBilingual();
  let how: string;
  if (material.producedInBundle) how = t('portal.wizard.review.producedInBundle');
  else if (state?.provision === 'fetched' && material.shared !== null && material.fetchable === null) how = t('portal.wizard.review.sharedFetched', { value: material.shared.value });
  else if (state?.provision === 'fetched') how = t('portal.wizard.review.fetched', { number: material.fetchable?.number ?? '' });
  else if (state?.provision === 'commitment') how = state.signed === true ? t('portal.wizard.review.committed') : t('portal.wizard.review.notSigned');
  else if (state?.provision === 'upload' && state.fileId !== undefined) how = t('portal.wizard.review.uploaded', { name: state.fileName ?? t('portal.wizard.upload.unnamed') });
  else how = material.required ? t('portal.wizard.review.missing') : t('portal.wizard.review.notProvided');
  return (
    <div>
      <dt>{text(material.name)}</dt>
      <dd>{how}</dd>
    </div>
  );
}

interface ReviewStepProps {
  pages: WizardField[][];
  values: Record<string, unknown>;
  materials: PreparedMaterial[];
  states: Record<string, MaterialState>;
  materialsPage: number;
  onEdit: (page: number) => void;
}

export function ReviewStep({ pages, values, materials, states, materialsPage, onEdit }: ReviewStepProps) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <>
      <p className="yw-step-intro">{t('portal.wizard.review.intro')}</p>
      {pages.map((fields, page) => (
        <section key={fields[0]?.key ?? page} className="yw-review-block" aria-labelledby={`review-page-${page}`}>
          <div className="yw-review-heading">
            <h3 id={`review-page-${page}`}>{t('portal.wizard.formPage', { page: page + 1, total: pages.length })}</h3>
            <Button onClick={() => onEdit(page)}>{t('portal.wizard.review.edit')}<span className="yw-visually-hidden">{t('portal.wizard.formPage', { page: page + 1, total: pages.length })}</span></Button>
          </div>
          <dl className="yw-review-list">
            {fields.map((field) => (
              <div key={field.key}>
                <dt>{field.title}</dt>
                <dd>
                  {shownValue(values[field.key], t)}
                  {field.prefill !== null && <StatusTag tone="success">{t('portal.wizard.fromSource', { source: text(field.prefill.source) })}</StatusTag>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {materials.length > 0 && (
        <section className="yw-review-block" aria-labelledby="review-materials">
          <div className="yw-review-heading">
            <h3 id="review-materials">{t('portal.wizard.materialsStep')}</h3>
            <Button onClick={() => onEdit(materialsPage)}>{t('portal.wizard.review.edit')}<span className="yw-visually-hidden">{t('portal.wizard.materialsStep')}</span></Button>
          </div>
          <dl className="yw-review-list">
            {materials.map((material) => (
              <MaterialLine key={material.key} material={material} state={states[material.key]} />
            ))}
          </dl>
        </section>
      )}
    </>
  );
}
