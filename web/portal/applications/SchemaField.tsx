// One form field drawn from its JSON Schema: text, date, number, choice or yes/no. A value fetched from government
// data carries its source; when the source does not allow editing it is read-only with a hint where to correct it.
import { Button, Form, Input, InputNumber, Select, Switch, type FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import { StatusTag } from '../../shared/StatusTag';
import { formatMoment } from './case-labels';
import type { WizardField } from './wizard-model';

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

export function fieldRules(field: WizardField, t: TFunction): FormRule[] {
  const rules: FormRule[] = [];
  const { schema } = field;
  if (field.required) rules.push({ required: true, message: t('portal.wizard.rules.required', { field: field.title }) });
  if (field.kind === 'string' || field.kind === 'date') {
    const maxLength = numberOf(schema.maxLength);
    const minLength = numberOf(schema.minLength);
    if (maxLength !== undefined) rules.push({ max: maxLength, message: t('portal.wizard.rules.maxLength', { field: field.title, count: maxLength }) });
    if (minLength !== undefined) rules.push({ min: minLength, message: t('portal.wizard.rules.minLength', { field: field.title, count: minLength }) });
    if (typeof schema.pattern === 'string') {
      try {
        rules.push({ pattern: new RegExp(schema.pattern, 'u'), message: t('portal.wizard.rules.pattern', { field: field.title }) });
      } catch {
        // A pattern JavaScript cannot read is left to the server, which checks every submission anyway.
      }
    }
  }
  if (field.kind === 'integer' || field.kind === 'number') {
    const minimum = numberOf(schema.minimum);
    const maximum = numberOf(schema.maximum);
    if (minimum !== undefined) rules.push({ type: 'number', min: minimum, message: t('portal.wizard.rules.minimum', { field: field.title, value: minimum }) });
    if (maximum !== undefined) rules.push({ type: 'number', max: maximum, message: t('portal.wizard.rules.maximum', { field: field.title, value: maximum }) });
  }
  return rules;
}

/** The control for a field; Form.Item gives it value and onChange, so it must be the item's direct child. */
function fieldControl(field: WizardField, id: string, t: TFunction) {
  if (field.isLocked) return <Input id={id} readOnly className="yw-locked-input" />;
  switch (field.kind) {
    case 'enum':
      return <Select id={id} allowClear={!field.required} placeholder={t('portal.wizard.choose')} options={field.options.map((option) => ({ value: option, label: option }))} />;
    case 'date':
      return <Input id={id} type="date" />;
    case 'integer':
    case 'number':
      return <InputNumber id={id} className="yw-full-width" precision={field.kind === 'integer' ? 0 : undefined} />;
    case 'boolean':
      return <Switch id={id} checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />;
    default:
      return <Input id={id} autoComplete="off" />;
  }
}

/** Under the field: where a fetched value came from, or the schema's description; null when there is nothing. */
function fieldExtra(field: WizardField, t: TFunction, text: (value: { zh: string; en: string }) => string, language: string, onToggleManual?: (key: string) => void) {
  if (field.prefill === null) return field.description === null ? null : <span>{field.description}</span>;
  const toggle =
    field.isExchange && onToggleManual ? (
      <Button size="small" type="link" className="yw-manual-toggle" onClick={() => onToggleManual(field.key)}>
        {field.isManual ? t('portal.wizard.useFetched') : t('portal.wizard.typeInstead')}
        <span className="yw-visually-hidden">{`: ${field.title}`}</span>
      </Button>
    ) : null;
  if (field.isManual) {
    return (
      <span className="yw-prefill-note">
        {t('portal.wizard.manualHint')}
        {toggle}
      </span>
    );
  }
  const source = text(field.prefill.source);
  return (
    <span className="yw-prefill-note">
      <StatusTag tone="success">{field.isExchange ? t('portal.wizard.fetchedFrom', { source, time: formatMoment(field.prefill.fetchedAt, language) }) : t('portal.wizard.fromSource', { source })}</StatusTag>
      {field.isLocked ? t('portal.wizard.lockedHint') : t('portal.wizard.editableHint')}
      {toggle}
    </span>
  );
}

/** `hidden` keeps a field of another page in the form (its value, its server error) without showing it. */
export function SchemaField({
  field,
  index,
  hidden,
  idPrefix = 'apply-field',
  onToggleManual,
}: {
  field: WizardField;
  index: number;
  hidden: boolean;
  idPrefix?: string;
  onToggleManual?: (key: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const id = `${idPrefix}-${index}`;
  return (
    <Form.Item
      name={field.key}
      label={field.title}
      htmlFor={id}
      hidden={hidden}
      rules={field.isLocked ? [] : fieldRules(field, t)}
      required={field.required}
      valuePropName={field.kind === 'boolean' && !field.isLocked ? 'checked' : 'value'}
      extra={fieldExtra(field, t, text, i18n.language, onToggleManual)}
    >
      {fieldControl(field, id, t)}
    </Form.Item>
  );
}
