// The region's values for one item: department, promised limit, fees, channels, visits, hall, contact, notes,
// the standard's materials and conditions to ask for — and every refusal of the platform next to its field.
import { Button, Card, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { atLeastOne, placeFieldProblems, type FieldPath } from '../../shared/form-errors';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../shared/api';
import { departmentName, useBilingual } from '../../shared/bilingual';
import { CHANNELS } from '../../shared/catalog-vocabulary';
import { channelLabel } from '../../shared/labels';
import type { Department } from '../../shared/types';
import { EntryList } from '../catalog/EntryList';
import { OutcomeAlert, type Outcome } from '../OutcomeAlert';
import { refusalTarget, toBody, type ImplementationEditorView, type LocalFormValues } from './implementation-model';
import { LocalExtras } from './LocalExtras';
import { MaterialChoices } from './MaterialChoices';

interface LocalValuesFormProps {
  view: ImplementationEditorView;
  itemCode: string;
  regionCode: string;
  regionLabel: string;
  departments: Department[];
  initialValues: LocalFormValues;
  onSaved: () => void;
}

export function LocalValuesForm({ view, itemCode, regionCode, regionLabel, departments, initialValues, onSaved }: LocalValuesFormProps) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const [form] = Form.useForm<LocalFormValues>();
  const [isSaving, setIsSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const standard = view.standard.content;
  const label = (key: string, options?: Record<string, unknown>) => t(`console.implEditor.${key}`, options);
  const isClaim = view.local === null || view.local.inherited;

  function showRefusal(error: unknown, materialTargets: FieldPath[]) {
    if (!(error instanceof ApiError)) {
      setOutcome({ type: 'error', title: error instanceof Error ? error.message : String(error), lines: [] });
      return;
    }
    const problems = error.fieldProblems;
    const { firstField } = placeFieldProblems(form, problems, (field) => refusalTarget(field, materialTargets));
    const isRefusal = error.status === 422 && problems.length > 0;
    setOutcome({ type: 'error', title: isRefusal ? label('refused') : error.message, lines: problems.map((problem) => problem.message) });
    if (firstField !== null) form.scrollToField(firstField, { block: 'center' });
  }

  async function save(values: LocalFormValues) {
    setIsSaving(true);
    setOutcome(null);
    const { body, materialTargets } = toBody(values, standard);
    try {
      const answer = await api.put<{ id: string; standardVersion: number }>(`/catalog/implementations/${encodeURIComponent(itemCode)}/${regionCode}`, body);
      setOutcome({ type: 'success', title: label('saved', { version: answer.standardVersion }), lines: [] });
      onSaved();
    } catch (error) {
      showRefusal(error, materialTargets);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Card className="yw-local-column" title={<h2 className="yw-card-title">{label('localTitle', { region: regionLabel })}</h2>}>
      <Form form={form} name="local-implementation" layout="vertical" initialValues={initialValues} requiredMark={false} onFinish={(values) => void save(values)}>
        <OutcomeAlert outcome={outcome} />
        <div className="yw-form-grid">
          <Form.Item name="departmentCode" label={label('department')} extra={label('departmentHelp')} rules={[{ required: true, message: t('common.required', { field: label('department') }) }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={departments.map((department) => ({ value: department.code, label: departmentName(department, i18n.language) }))} />
          </Form.Item>
          <Form.Item name="promisedDays" label={label('promisedDays')} extra={label('promisedDaysHelp', { statutory: standard.statutoryDays })} rules={[{ required: true, message: t('common.required', { field: label('promisedDays') }) }]}>
            <InputNumber min={0} max={365} precision={0} className="yw-full-width" />
          </Form.Item>
          <Form.Item name="visits" label={label('visits')} extra={label('visitsHelp')} rules={[{ required: true, message: t('common.required', { field: label('visits') }) }]}>
            <InputNumber min={0} max={5} precision={0} className="yw-full-width" />
          </Form.Item>
          <Form.Item name="channels" label={label('channels')} rules={[atLeastOne(t('common.required', { field: label('channels') }))]}>
            <Checkbox.Group options={CHANNELS.map((channel) => ({ value: channel, label: channelLabel(t, channel) }))} />
          </Form.Item>
          <Form.Item name="hallAddress" label={label('hallAddress')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="hallHours" label={label('hallHours')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="contactPhone" label={label('contactPhone')}>
            <Input type="tel" maxLength={40} />
          </Form.Item>
        </div>
        <Form.Item name="notes" label={label('notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <h3 className="yw-subheading">{label('fees')}</h3>
        <p className="yw-muted">{label('feesHelp')}</p>
        <EntryList name="fees" entryTitle={(index) => label('feeEntry', { n: index + 1 })} addLabel={label('addFee')} newEntry={() => ({ nameZh: '', nameEn: '', amountYuan: 0 })}>
          {(name) => (
            <>
              <Form.Item name={[name, 'nameZh']} label={label('feeNameZh')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: label('feeNameZh') }) }]}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name={[name, 'nameEn']} label={label('feeNameEn')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: label('feeNameEn') }) }]}>
                <Input maxLength={300} lang="en" />
              </Form.Item>
              <Form.Item name={[name, 'amountYuan']} label={label('feeAmount')} rules={[{ required: true, message: t('common.required', { field: label('feeAmount') }) }]}>
                <InputNumber min={0} precision={2} className="yw-full-width" />
              </Form.Item>
            </>
          )}
        </EntryList>
        <Form.Item name="materialChoice">
          <MaterialChoices materials={standard.materials} />
        </Form.Item>
        <Form.Item name="conditionIds">
          <ConditionChoices options={standard.conditions.map((condition) => ({ value: condition.id, label: text(condition.text) }))} />
        </Form.Item>
        <LocalExtras />
        <Button type="primary" htmlType="submit" size="large" loading={isSaving}>
          {isClaim ? label('claim') : label('save')}
        </Button>
      </Form>
    </Card>
  );
}

function ConditionChoices({ options, value, onChange }: { options: { value: string; label: string }[]; value?: string[]; onChange?: (value: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="yw-choices">
      <legend>{t('console.implEditor.conditions')}</legend>
      <p className="yw-muted">{t('console.implEditor.conditionsHelp')}</p>
      <Checkbox.Group className="yw-choice-column" options={options} value={value} onChange={(next) => onChange?.(next.map(String))} />
    </fieldset>
  );
}
