// 一次性告知补正: everything missing at once — the case's materials and form values as checkboxes, anything else as
// free text, one item a line. A second request must say what new facts came up (the server refuses it otherwise).
import { Checkbox, Form, Input, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import { FormDialog } from '../FormDialog';
import type { ActionBody } from './case-api';
import type { DialogProps } from './ActionDialogs';

interface SupplementValues {
  materials?: string[];
  fields?: string[];
  other?: string;
  note?: string;
  newFacts?: string;
}

function itemsOf(values: SupplementValues): string[] {
  const lines = (values.other ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return [...(values.materials ?? []), ...(values.fields ?? []), ...lines];
}

export function SupplementDialog({ view, onSubmit, onClose }: DialogProps) {
  const { t } = useTranslation();
  const text = useBilingual();
  const hasEarlierRequest = view.timeline.some((entry) => entry.action === 'request-supplement');
  const materialOptions = view.materials.map((material) => ({ value: text(material.name), label: text(material.name) }));
  const fieldOptions = view.fields.map((field) => ({ value: text(field.title), label: text(field.title) }));

  // Re-checks "at least one item" when a box is ticked; a rejection only means the message stays, which the form shows.
  const revalidate = (form: FormInstance<SupplementValues>) => () => void form.validateFields(['other']).catch(() => undefined);

  const atLeastOneItem = (form: FormInstance<SupplementValues>) => ({
    validator: () => (itemsOf(form.getFieldsValue(true) as SupplementValues).length > 0 ? Promise.resolve() : Promise.reject(new Error(t('console.applications.itemsRequired')))),
  });

  return (
    <FormDialog<SupplementValues, ActionBody>
      name="request-supplement"
      title={t('console.applications.supplementTitle')}
      okText={t('console.applications.confirmSupplement')}
      fields={['other', 'note', 'newFacts']}
      toBody={(values) => ({
        items: itemsOf(values),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        ...(values.newFacts?.trim() ? { newFacts: values.newFacts.trim() } : {}),
      })}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      {(form) => (
        <>
          <p>{t('console.applications.supplementIntro')}</p>
          {materialOptions.length > 0 && (
            <fieldset className="yw-case-fieldset">
              <legend>{t('console.applications.supplementMaterials')}</legend>
              <Form.Item name="materials">
                <Checkbox.Group className="yw-case-checks" options={materialOptions} onChange={revalidate(form)} />
              </Form.Item>
            </fieldset>
          )}
          {fieldOptions.length > 0 && (
            <fieldset className="yw-case-fieldset">
              <legend>{t('console.applications.supplementFields')}</legend>
              <Form.Item name="fields">
                <Checkbox.Group className="yw-case-checks" options={fieldOptions} onChange={revalidate(form)} />
              </Form.Item>
            </fieldset>
          )}
          <Form.Item name="other" label={t('console.applications.supplementOther')} rules={[atLeastOneItem(form)]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="note" label={t('console.applications.supplementNoteLabel')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          {hasEarlierRequest && (
            <Form.Item name="newFacts" label={t('console.applications.supplementNewFacts')} extra={t('console.applications.supplementNewFactsHelp')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          )}
        </>
      )}
    </FormDialog>
  );
}
