// The decision dialogs: approve (at the provider's step with the grant terms: field subset, fields in clear, rate,
// expiry) and refuse / revoke with a reason. The server's field problems land on the fields.
import { Alert, Checkbox, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../shared/bilingual';
import { atLeastOne } from './form-rules';
import { applyApiError } from '../../../shared/form-errors';
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
  const text = useBilingual();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const isTerms = action === 'approve' && request.status === 'provider_review';
  const granted = Form.useWatch('fields', form) ?? request.requestedFields;
  const fieldName = (key: string) => {
    const f = request.resource.fields.find((x) => x.key === key);
    return f ? text(f.name) : key;
  };
  const sensitiveGranted = request.resource.fields.filter((f) => f.sensitive && granted.includes(f.key));

  function finish(values: Values) {
    setError(null);
    setIsSending(true);
    const body: ActionBody =
      action === 'approve'
        ? isTerms
          ? { fields: values.fields, plainFields: (values.plainFields ?? []).filter((k) => values.fields?.includes(k)), ratePerMinute: values.ratePerMinute, expiresOn: values.expiresOn, note: values.note }
          : { note: values.note }
        : { reason: values.reason ?? '' };
    onSubmit(body)
      .catch((cause: unknown) => setError(applyApiError(form, cause, FIELD_NAMES)))
      .finally(() => setIsSending(false));
  }

  const title = action === 'approve' ? t('exchangeSharing.approve.title') : action === 'refuse' ? t('exchangeSharing.refuse.title') : t('exchangeSharing.refuse.revokeTitle');
  const intro = request.status === 'compliance_check' ? 'checkIntro' : request.status === 'higher_review' ? 'higherIntro' : 'termsIntro';
  return (
    <Modal
      open
      title={title}
      okText={action === 'approve' ? t('exchangeSharing.approve.ok') : t('exchangeSharing.refuse.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={isSending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<Values>
        form={form}
        name={`sharing-${action}`}
        layout="vertical"
        initialValues={{ fields: request.requestedFields, plainFields: [], ratePerMinute: 600, expiresOn: request.periodUntil }}
        onFinish={finish}
      >
        {action === 'approve' && <p>{t(`exchangeSharing.approve.${intro}`)}</p>}
        {isTerms && (
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
        )}
        {action === 'approve' ? (
          <Form.Item name="note" label={t('exchangeSharing.approve.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        ) : (
          <Form.Item name="reason" label={t('exchangeSharing.refuse.reason')} rules={[{ required: true, whitespace: true, message: t('exchangeSharing.refuse.required') }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
        <div aria-live="polite">{error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} />}</div>
      </Form>
    </Modal>
  );
}
