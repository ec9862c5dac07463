// The standard item editor form: save the draft, publish it, and show every problem the server finds on its field.
import { App, Button, Form } from 'antd';
import { placeFieldProblems } from '../../shared/form-errors';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, api } from '../../shared/api';
import type { DataElement } from '../../shared/catalog-types';
import { OutcomeAlert, type Outcome } from '../OutcomeAlert';
import { BasicsSection } from './BasicsSection';
import { FormFieldsSection } from './FormFieldsSection';
import { toContent, type ItemFormValues } from './item-form-model';
import { problemTarget } from './item-problems';
import { MaterialsSection } from './MaterialsSection';
import { RulesSection } from './RulesSection';
import { WorkflowSection } from './WorkflowSection';

interface ItemEditorFormProps {
  initialValues: ItemFormValues;
  isNew: boolean;
  elements: DataElement[];
  onSaved: () => void;
}

export function ItemEditorForm({ initialValues, isNew, elements, onSaved }: ItemEditorFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ItemFormValues>();
  const [busy, setBusy] = useState<'draft' | 'publish' | null>(null);
  const location = useLocation();
  // A new item moves to its own address once saved; the outcome travels along so the message is not lost.
  const [outcome, setOutcome] = useState<Outcome | null>((location.state as { outcome?: Outcome } | null)?.outcome ?? null);

  /** Puts each problem on its field; the ones that belong to the item as a whole are listed above the form. */
  function showProblems(error: unknown): void {
    if (!(error instanceof ApiError)) {
      setOutcome({ type: 'error', title: error instanceof Error ? error.message : String(error), lines: [] });
      return;
    }
    const values = form.getFieldsValue(true) as ItemFormValues;
    const { firstField, placed, unplaced } = placeFieldProblems(form, error.fieldProblems, (field) => problemTarget(field, values));
    const lines = [...(placed > 0 ? [t('console.itemEditor.problemsMarked', { count: placed })] : []), ...unplaced.map((problem) => `${problem.field}: ${problem.message}`)];
    setOutcome({ type: 'error', title: error.message, lines });
    if (firstField !== null) form.scrollToField(firstField, { block: 'center' });
  }

  async function saveDraft(): Promise<{ code: string; version: number } | null> {
    try {
      await form.validateFields();
    } catch {
      setOutcome({ type: 'error', title: t('console.itemEditor.fixFirst'), lines: [] });
      return null;
    }
    const content = toContent(form.getFieldsValue(true) as ItemFormValues);
    try {
      return await api.put<{ code: string; version: number }>(`/catalog/items/${encodeURIComponent(content.code)}/draft`, content);
    } catch (error) {
      showProblems(error);
      return null;
    }
  }

  async function run(action: 'draft' | 'publish') {
    setBusy(action);
    setOutcome(null);
    try {
      const draft = await saveDraft();
      if (draft === null) return;
      let hasProblems = false;
      let done: Outcome | null = null;
      if (action === 'draft') {
        done = { type: 'success', title: t('console.itemEditor.draftSaved', { version: draft.version }), lines: [] };
        setOutcome(done);
      } else {
        try {
          const published = await api.post<{ version: number; flaggedImplementations: number }>(`/catalog/items/${encodeURIComponent(draft.code)}/publish`);
          const lines = published.flaggedImplementations > 0 ? [t('console.itemEditor.flagged', { count: published.flaggedImplementations })] : [];
          done = { type: 'success', title: t('console.itemEditor.published', { version: published.version }), lines };
          setOutcome(done);
          void message.success(t('console.itemEditor.published', { version: published.version }));
        } catch (error) {
          hasProblems = true;
          showProblems(error);
        }
      }
      onSaved();
      // A new item gets its own address once saved; not while its problems are showing (that would clear them).
      if (isNew && !hasProblems) await navigate(`/catalog/items/${encodeURIComponent(draft.code)}`, { replace: true, state: { outcome: done } });
    } finally {
      setBusy(null);
    }
  }

  const actions = (
    <div className="yw-editor-actions">
      <Button onClick={() => void run('draft')} loading={busy === 'draft'} disabled={busy !== null}>
        {t('console.itemEditor.saveDraft')}
      </Button>
      <Button type="primary" onClick={() => void run('publish')} loading={busy === 'publish'} disabled={busy !== null}>
        {t('console.itemEditor.publish')}
      </Button>
    </div>
  );

  return (
    <Form form={form} name="standard-item" layout="vertical" initialValues={initialValues} requiredMark={false} scrollToFirstError={{ block: 'center' }}>
      <OutcomeAlert outcome={outcome} />
      <div className="yw-editor-sections">
        <BasicsSection isNew={isNew} />
        <RulesSection />
        <MaterialsSection />
        <FormFieldsSection elements={elements} />
        <WorkflowSection />
      </div>
      <div className="yw-editor-footer">{actions}</div>
    </Form>
  );
}
