// The decision dialogs: approve (at the provider's step with the grant terms: field subset, fields in clear, rate,
// expiry) and refuse / revoke with a reason. The server's field problems land on the fields.
import { Checkbox, Form, Input, InputNumber, Space, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../shared/bilingual';
import { atLeastOne } from './form-rules';
import { FormDialog } from '../../FormDialog';
import type { ActionBody, RequestDetail, SharingAction } from './sharing-api';

interface DialogProps {
  request: RequestDetail;
  action: SharingAction;
  onSubmit: (body: ActionBody) => Promise<void>;
  onClose: () => void;
}

interface Values {
  fields?: string[];
  plainFields?: string[];
  ratePerMinute?: number;
  expiresOn?: string;
  note?: string;
  reason?: string;
}

const FIELD_NAMES = ['fields', 'plainFields', 'ratePerMinute', 'expiresOn', 'note', 'reason'];

export function DecisionDialog({ request, action, onSubmit, onClose }: DialogProps) {
  const { t } = useTranslation();
  const isTerms = action === 'approve' && request.status === 'provider_review';
  function toBody(values: Values): ActionBody {
    if (action !== 'approve') return { reason: values.reason ?? '' };
    if (!isTerms) return { note: values.note };
    return { fields: values.fields, plainFields: (values.plainFields ?? []).filter((k) => values.fields?.includes(k)), ratePerMinute: values.ratePerMinute, expiresOn: values.expiresOn, note: values.note };
  }

  const title = action === 'approve' ? t('exchangeSharing.approve.title') : action === 'refuse' ? t('exchangeSharing.refuse.title') : t('exchangeSharing.refuse.revokeTitle');
  const intro = request.status === 'compliance_check' ? 'checkIntro' : request.status === 'higher_review' ? 'higherIntro' : 'termsIntro';
  return (
    <FormDialog<Values, ActionBody>
      name={`sharing-${action}`}
      title={title}
      okText={action === 'approve' ? t('exchangeSharing.approve.ok') : t('exchangeSharing.refuse.ok')}
      fields={FIELD_NAMES}
      initialValues={{ fields: request.requestedFields, plainFields: [], ratePerMinute: 600, expiresOn: request.periodUntil }}
      toBody={toBody}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      {(form) => (
        <>
          {action === 'approve' && <p>{t(`exchangeSharing.approve.${intro}`)}</p>}
          {isTerms && <GrantTerms request={request} form={form} />}
          {action === 'approve' ? (
            <Form.Item name="note" label={t('exchangeSharing.approve.note')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          ) : (
            <Form.Item name="reason" label={t('exchangeSharing.refuse.reason')} rules={[{ required: true, whitespace: true, message: t('exchangeSharing.refuse.required') }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          )}
        </>
      )}
    </FormDialog>
  );
}

/** The provider's grant terms: the field subset, the sensitive fields sent in clear, the rate and the expiry. */
function GrantTerms({ request, form }: { request: RequestDetail; form: FormInstance<Values> }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const granted = Form.useWatch('fields', form) ?? request.requestedFields;
  const fieldName = (key: string) => {
    const f = request.resource.fields.find((x) => x.key === key);
    return f ? text(f.name) : key;
  };
  const sensitiveGranted = request.resource.fields.filter((f) => f.sensitive && granted.includes(f.key));
  return (
    <>
      <Form.Item name="fields" label={t('exchangeSharing.approve.fields')} rules={[atLeastOne(t('exchangeSharing.form.chooseFields'))]}>
        <Checkbox.Group>
          <Space orientation="vertical">
            {request.requestedFields.map((key) => (
              <Checkbox key={key} value={key}>
                {fieldName(key)}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      </Form.Item>
      {sensitiveGranted.length > 0 && (
        <Form.Item name="plainFields" label={t('exchangeSharing.approve.plainFields')}>
          <Checkbox.Group options={sensitiveGranted.map((f) => ({ value: f.key, label: text(f.name) }))} />
        </Form.Item>
      )}
      <Form.Item name="ratePerMinute" label={t('exchangeSharing.approve.rate')} rules={[{ required: true, message: t('exchangeSharing.form.required') }]}>
        <InputNumber min={1} max={100000} precision={0} />
      </Form.Item>
      <Form.Item name="expiresOn" label={t('exchangeSharing.approve.expiresOn')} rules={[{ required: true, message: t('exchangeSharing.form.required') }]}>
        <Input type="date" max={request.periodUntil} />
      </Form.Item>
    </>
  );
}
