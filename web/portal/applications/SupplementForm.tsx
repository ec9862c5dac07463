// 补正: what the office asked for (all at once), and a form to provide it — a material uploaded again or fetched
// from the applicant's e-licences, answers corrected — sent with the version the applicant saw.
import { Alert, Button, Card, Form, Radio } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, queryString } from '../../shared/api';
import type { CaseView, MaterialChoice, PrepareView } from '../../shared/application-types';
import { useBilingual } from '../../shared/bilingual';
import { ErrorNotice, PageLoading } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { actOnCase } from './applications-api';
import { formatDay } from './case-labels';
import { MaterialUpload } from './MaterialUpload';
import { SchemaField } from './SchemaField';
import { acceptFor, cleanFormValues, problemTarget, wizardFields, type PreparedMaterial } from './wizard-model';

interface Replacement {
  provision: 'keep' | 'upload' | 'fetched';
  fileId?: string;
  fileName?: string;
}

function isRequested(requested: string[], key: string, names: string[]): boolean {
  return requested.some((item) => item === key || names.some((name) => name !== '' && (item === name || item.includes(name))));
}

function MaterialReplacement({ caseId, material, index, value, problem, isAsked, onChange }: { caseId: string; material: PreparedMaterial; index: number; value: Replacement; problem: string | undefined; isAsked: boolean; onChange: (value: Replacement) => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const name = text(material.name);
  const headingId = `supplement-${caseId}-material-${index}`;
  const options = [
    { value: 'keep', label: t('portal.supplement.keep') },
    { value: 'upload', label: t('portal.supplement.upload') },
    ...(material.fetchable === null ? [] : [{ value: 'fetched', label: t('portal.supplement.fetch', { number: material.fetchable.number }) }]),
  ];
  return (
    <section className={`yw-material-card${isAsked ? ' yw-material-card-asked' : ''}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        {name} {isAsked && <span className="yw-asked-mark">{t('portal.supplement.asked')}</span>}
      </h4>
      <Radio.Group aria-labelledby={headingId} value={value.provision} options={options} onChange={(event) => onChange({ provision: event.target.value as Replacement['provision'] })} />
      {value.provision === 'upload' && (
        <MaterialUpload label={name} accept={acceptFor(material.formats)} fileName={value.fileName} hasFile={value.fileId !== undefined} onUploaded={(file) => onChange({ provision: 'upload', fileId: file.id, fileName: file.fileName })} />
      )}
      {problem !== undefined && <Alert className="yw-material-problem" type="error" showIcon title={problem} />}
    </section>
  );
}

function SupplementBody({ view, prepare, onDone, onConflict }: { view: CaseView; prepare: PrepareView; onDone: () => void; onConflict: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  const requested = view.supplementRequest?.items ?? [];
  const fields = useMemo(() => wizardFields(prepare.fields, i18n.language).filter((field) => !field.isLocked), [prepare.fields, i18n.language]);
  const initialValues = useMemo(() => Object.fromEntries(view.fields.map((field) => [field.key, field.value])), [view.fields]);
  const askedFields = fields.filter((field) => isRequested(requested, field.key, [field.title, typeof field.schema.title === 'string' ? field.schema.title : '']));
  const otherFields = fields.filter((field) => !askedFields.includes(field));
  const materials = prepare.materials.filter((material) => !material.producedInBundle);
  const [replacements, setReplacements] = useState<Record<string, Replacement>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);

  const send = async () => {
    setError(null);
    const values = cleanFormValues(fields, form.getFieldsValue(true) as Record<string, unknown>);
    const changed = Object.fromEntries(Object.entries(values).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(initialValues[key])));
    const choices: MaterialChoice[] = [];
    for (const [key, value] of Object.entries(replacements)) {
      if (value.provision === 'fetched') choices.push({ key, provision: 'fetched' });
      if (value.provision === 'upload' && value.fileId !== undefined) choices.push({ key, provision: 'upload', fileId: value.fileId });
    }
    if (choices.length === 0 && Object.keys(changed).length === 0) {
      setError(t('portal.supplement.nothing'));
      return;
    }
    setIsSending(true);
    try {
      await actOnCase(view.id, 'supplement', view.version, { ...(choices.length > 0 ? { materials: choices } : {}), ...(Object.keys(changed).length > 0 ? { form: changed } : {}) });
      onDone();
    } catch (cause) {
      setIsSending(false);
      if (cause instanceof ApiError && cause.status === 412) {
        onConflict(t('portal.case.changedMeanwhile'));
        return;
      }
      if (cause instanceof ApiError && cause.fieldProblems.length > 0) {
        const materialProblems: Record<string, string> = {};
        const fieldErrors: { name: string; errors: string[] }[] = [];
        for (const problem of cause.fieldProblems) {
          const found = problemTarget(problem.field, fields.map((field) => field.key), materials.map((material) => material.key));
          if (found?.kind === 'material') materialProblems[found.key] = problem.message;
          else if (found?.kind === 'field') fieldErrors.push({ name: found.key, errors: [problem.message] });
        }
        setProblems(materialProblems);
        form.setFields(fieldErrors);
      }
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  return (
    <>
      {materials.length > 0 && (
        <>
          <h3>{t('portal.supplement.materials')}</h3>
          {materials.map((material, index) => (
            <MaterialReplacement
              key={material.key}
              caseId={view.id}
              material={material}
              index={index}
              value={replacements[material.key] ?? { provision: 'keep' }}
              problem={problems[material.key]}
              isAsked={isRequested(requested, material.key, [material.name.zh, material.name.en])}
              onChange={(value) => setReplacements((previous) => ({ ...previous, [material.key]: value }))}
            />
          ))}
        </>
      )}
      <Form form={form} layout="vertical" initialValues={initialValues} requiredMark="optional">
        {askedFields.length > 0 && <h3>{t('portal.supplement.fields')}</h3>}
        {askedFields.map((field, index) => (
          <SchemaField key={field.key} field={field} index={index} hidden={false} idPrefix={`supplement-${view.id}`} />
        ))}
        {otherFields.length > 0 && (
          <details className="yw-supplement-more">
            <summary>{t('portal.supplement.otherFields')}</summary>
            {otherFields.map((field, index) => (
              <SchemaField key={field.key} field={field} index={askedFields.length + index} hidden={false} idPrefix={`supplement-${view.id}`} />
            ))}
          </details>
        )}
      </Form>
      {error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} />}
      <Button type="primary" loading={isSending} onClick={() => void send()}>
        {t('portal.supplement.submit')}
      </Button>
    </>
  );
}

export function SupplementForm({ view, onDone, onConflict }: { view: CaseView; onDone: () => void; onConflict: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const request = view.supplementRequest;
  const prepare = useApiQuery<PrepareView>(view.itemCode === null ? null : `/applications/prepare${queryString({ implementation: view.itemCode, region: view.regionCode })}`);
  if (request === null) return null;
  return (
    <Card className="yw-supplement" role="region" aria-labelledby={`supplement-${view.id}`} title={<h2 id={`supplement-${view.id}`} className="yw-card-title">{t('portal.supplement.title', { title: text(view.title) })}</h2>}>
      <Alert
        type="warning"
        role="note"
        showIcon
        title={t('portal.supplement.requested', { date: formatDay(request.requestedAt, i18n.language) })}
        description={
          <>
            <ul className="yw-supplement-items">
              {request.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            {request.note !== '' && <p className="yw-pre-line">{request.note}</p>}
            <p>{t('portal.supplement.clockPaused')}</p>
          </>
        }
      />
      {prepare.error !== undefined && <ErrorNotice error={prepare.error} onRetry={prepare.reload} />}
      {prepare.data === undefined && prepare.error === undefined && view.itemCode !== null && <PageLoading />}
      {prepare.data !== undefined && <SupplementBody view={view} prepare={prepare.data} onDone={onDone} onConflict={onConflict} />}
    </Card>
  );
}
