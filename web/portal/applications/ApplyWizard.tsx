// The apply wizard: the form a few fields per page, then the materials, then a review; answers are kept in a
// server draft as the person goes, and a refusal by the server puts each message next to its field.
import { Alert, Button, Form, Progress, Steps } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../shared/api';
import type { Draft, PrepareView } from '../../shared/application-types';
import { useBilingual } from '../../shared/bilingual';
import { newIdempotencyKey, submitApplication } from './applications-api';
import { materialProblemText, MaterialsStep } from './MaterialsStep';
import { ReviewStep } from './ReviewStep';
import { SchemaField } from './SchemaField';
import { SaveState } from './SaveState';
import { useDraftAutosave } from './useDraftAutosave';
import {
  applicationInput,
  cleanFormValues,
  initialFormValues,
  initialMaterialStates,
  materialChoices,
  materialProblems,
  pageFields,
  problemTarget,
  rememberedUploadNames,
  wizardFields,
  type MaterialState,
  type MaterialStates,
  type WizardTarget,
} from './wizard-model';
import { WizardHeader } from './WizardHeader';

interface ApplyWizardProps {
  prepare: PrepareView;
  target: WizardTarget;
  draft: Draft | null;
  onDraftCreated: (id: string) => void;
  /** Resource codes the applicant consented to (sent with the submission, which fetches again). */
  consent?: string[];
}

interface Attempt {
  key: string;
  body: string;
}

export function ApplyWizard({ prepare, target, draft, onDraftCreated, consent = [] }: ApplyWizardProps) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const navigate = useNavigate();
  const [form] = Form.useForm<Record<string, unknown>>();
  // Fields the applicant types instead of the value fetched through the data exchange (the manual alternative).
  const [manual, setManual] = useState<ReadonlySet<string>>(() => new Set());
  const fields = useMemo(() => wizardFields(prepare.fields, i18n.language, manual), [prepare.fields, i18n.language, manual]);
  const pages = useMemo(() => pageFields(fields), [fields]);
  const pageOfField = useMemo(() => new Map(pages.flatMap((page, index) => page.map((field) => [field.key, index] as const))), [pages]);
  const materialsPage = pages.length;
  const reviewPage = pages.length + 1;
  const [initialValues] = useState(() => initialFormValues(fields, draft ?? undefined));
  const [states, setStates] = useState<MaterialStates>(() => initialMaterialStates(prepare.materials, draft?.materials, rememberedUploadNames()));
  const [page, setPage] = useState(0);
  const [materialErrors, setMaterialErrors] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const attempt = useRef<Attempt | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const statesRef = useRef(states);
  statesRef.current = states;

  const currentBody = useCallback(
    () => applicationInput(target, cleanFormValues(fields, form.getFieldsValue(true) as Record<string, unknown>), materialChoices(statesRef.current)),
    [target, fields, form],
  );
  const autosave = useDraftAutosave(draft?.id ?? null, currentBody, onDraftCreated);

  const goTo = (next: number) => {
    void autosave.saveNow();
    setPage(next);
    // The new page's heading takes the focus, so a screen reader starts reading there.
    requestAnimationFrame(() => stepHeading.current?.focus());
  };

  const toggleManual = (key: string) => {
    const isManual = !manual.has(key);
    const fetched = prepare.fields.find((field) => field.key === key)?.prefill?.value;
    setManual((previous) => {
      const nextSet = new Set(previous);
      if (isManual) nextSet.add(key);
      else nextSet.delete(key);
      return nextSet;
    });
    form.setFieldValue(key, isManual ? undefined : fetched);
    autosave.markChanged();
  };

  const changeMaterial = (key: string, state: MaterialState) => {
    setStates((previous) => ({ ...previous, [key]: state }));
    setMaterialErrors(({ [key]: _dropped, ...rest }) => rest);
    autosave.markChanged();
  };

  const next = async () => {
    if (page < materialsPage) {
      try {
        await form.validateFields((pages[page] ?? []).map((field) => field.key));
      } catch {
        return;
      }
    } else if (page === materialsPage) {
      const problems = materialProblems(prepare.materials, states);
      if (Object.keys(problems).length > 0) {
        setMaterialErrors(Object.fromEntries(Object.entries(problems).map(([key, problem]) => [key, materialProblemText(problem, t)])));
        return;
      }
    }
    goTo(page + 1);
  };

  const showServerProblems = (error: ApiError): boolean => {
    const fieldKeys = fields.map((field) => field.key);
    const materialKeys = prepare.materials.map((material) => material.key);
    const fieldErrors = new Map<string, string[]>();
    const materialMessages: Record<string, string> = {};
    const unplaced: string[] = [];
    for (const problem of error.fieldProblems) {
      const found = problemTarget(problem.field, fieldKeys, materialKeys);
      if (found === null) unplaced.push(problem.message);
      else if (found.kind === 'field') fieldErrors.set(found.key, [...(fieldErrors.get(found.key) ?? []), problem.message]);
      else materialMessages[found.key] = [materialMessages[found.key], problem.message].filter(Boolean).join(' ');
    }
    if (fieldErrors.size === 0 && Object.keys(materialMessages).length === 0) return false;
    form.setFields([...fieldErrors].map(([name, errors]) => ({ name, errors })));
    setMaterialErrors(materialMessages);
    const firstFieldPage = Math.min(...[...fieldErrors.keys()].map((key) => pageOfField.get(key) ?? reviewPage));
    setPage(fieldErrors.size > 0 ? firstFieldPage : materialsPage);
    const count = error.fieldProblems.length;
    setSubmitError([t('portal.wizard.fixProblems', { count }), ...unplaced].join(' '));
    return true;
  };

  const submit = async () => {
    setSubmitError(null);
    try {
      await form.validateFields();
    } catch (invalid) {
      const first = (invalid as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0]?.name[0];
      setPage(pageOfField.get(String(first)) ?? 0);
      return;
    }
    const body = {
      ...currentBody(),
      ...(autosave.draftId === null ? {} : { draftId: autosave.draftId }),
      ...(consent.length > 0 ? { consent } : {}),
      ...(manual.size > 0 ? { manual: [...manual] } : {}),
    };
    const bodyText = JSON.stringify(body);
    // A retry of the same answers reuses the key, so a lost reply never files the application twice.
    if (attempt.current?.body !== bodyText) attempt.current = { key: newIdempotencyKey(), body: bodyText };
    setIsSubmitting(true);
    try {
      const created = await submitApplication(body, attempt.current.key);
      autosave.stop();
      await navigate(`/applications/${encodeURIComponent(created.id)}`, { state: { submittedCaseNumber: created.caseNumber } });
    } catch (cause) {
      setIsSubmitting(false);
      if (cause instanceof ApiError && cause.status === 400 && showServerProblems(cause)) return;
      setSubmitError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  const stepItems = [
    ...pages.map((_fields, index) => ({ title: pages.length > 1 ? t('portal.wizard.formPage', { page: index + 1, total: pages.length }) : t('portal.wizard.formStep') })),
    { title: t('portal.wizard.materialsStep') },
    { title: t('portal.wizard.reviewStep') },
  ];
  const stepTitle = stepItems[page]?.title ?? '';

  return (
    <div className="yw-wizard">
      <WizardHeader prepare={prepare} />
      <Steps className="yw-wizard-steps" size="small" responsive={false} current={page} items={stepItems} aria-label={t('portal.wizard.progressLabel')} />
      {/* Phones: a bar instead of four step titles side by side; the step heading below says which step it is. */}
      <Progress
        className="yw-wizard-progress"
        percent={Math.round(((page + 1) / stepItems.length) * 100)}
        showInfo={false}
        aria-label={t('portal.wizard.progressLabel')}
        aria-valuetext={t('portal.wizard.stepOf', { step: page + 1, total: stepItems.length }) + stepTitle}
      />
      <div className="yw-wizard-panel">
        <div className="yw-wizard-panel-head">
          <h2 ref={stepHeading} tabIndex={-1}>
            <span className="yw-step-count">{t('portal.wizard.stepOf', { step: page + 1, total: stepItems.length })}</span>
            {stepTitle}
          </h2>
          <SaveState autosave={autosave} />
        </div>
        {submitError !== null && <Alert className="yw-form-alert" type="error" showIcon title={submitError} />}
        <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={() => autosave.markChanged()} requiredMark="optional" scrollToFirstError>
          {fields.map((field, index) => (
            <SchemaField key={field.key} field={field} index={index} hidden={pageOfField.get(field.key) !== page} onToggleManual={toggleManual} />
          ))}
        </Form>
        {page === materialsPage && (
          <MaterialsStep materials={prepare.materials} states={states} problems={materialErrors} commitmentText={prepare.commitmentText} onChange={changeMaterial} />
        )}
        {page === reviewPage && (
          <ReviewStep pages={pages} values={form.getFieldsValue(true) as Record<string, unknown>} materials={prepare.materials} states={states} materialsPage={materialsPage} onEdit={goTo} />
        )}
        <div className="yw-wizard-actions">
          {page > 0 && <Button onClick={() => goTo(page - 1)}>{t('portal.wizard.back')}</Button>}
          {page < reviewPage && (
            <Button type="primary" onClick={() => void next()}>
              {t('portal.wizard.next')}
            </Button>
          )}
          {page === reviewPage && (
            <Button type="primary" loading={isSubmitting} onClick={() => void submit()}>
              {t('portal.wizard.submit')}
            </Button>
          )}
        </div>
        {page === reviewPage && <p className="yw-form-note">{t('portal.wizard.submitNote', { title: text(prepare.target.title) })}</p>}
      </div>
    </div>
  );
}
