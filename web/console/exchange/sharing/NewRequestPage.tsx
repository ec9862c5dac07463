// A new sharing request: choose a published resource, the fields the service needs, purpose, legal basis and
// period. The server's refusals land on their fields.
import { Alert, Button, Card, Checkbox, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useBilingual } from '../../../shared/bilingual';
import { atLeastOne } from './form-rules';
import { applyApiError } from '../../../shared/form-errors';
import { useApiQuery } from '../../../shared/useApiQuery';
import { PageHeading } from '../../PageHeading';
import { createRequest, type NewRequest, type RequestableResource } from './sharing-api';
import { WarningTag } from './SharingTags';

const FIELDS = ['resource', 'fields', 'purpose', 'legalBasis', 'periodFrom', 'periodUntil', 'statutory'] as const;

function isoToday(offsetDays = 0): string {
  const d = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export function NewRequestPage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewRequest>();
  const resources = useApiQuery<{ items: RequestableResource[] }>('/exchange/requestable-resources');
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const code = Form.useWatch('resource', form);
  const chosen = resources.data?.items.find((r) => r.code === code);

  function submit(values: NewRequest) {
    setError(null);
    setIsSending(true);
    createRequest({ ...values, statutory: values.statutory })
      .then((created) => navigate(`/exchange/sharing/requests/${encodeURIComponent(created.id)}`))
      .catch((cause: unknown) => setError(applyApiError(form, cause, FIELDS)))
      .finally(() => setIsSending(false));
  }

  const required = [{ required: true, whitespace: true, message: t('exchangeSharing.form.required') }];
  return (
    <>
      <PageHeading title={t('exchangeSharing.form.title')} intro={t('exchangeSharing.form.intro')} />
      <Card>
        {resources.error !== undefined && <Alert type="error" showIcon title={t('exchangeSharing.form.loadFailed', { message: resources.error.message })} />}
        <Form<NewRequest>
          form={form}
          name="sharing-request"
          layout="vertical"
          initialValues={{ periodFrom: isoToday(), periodUntil: isoToday(365), statutory: false, fields: [] }}
          onFinish={submit}
          onValuesChange={(changed: Partial<NewRequest>) => {
            if (changed.resource !== undefined) form.setFieldValue('fields', []);
          }}
        >
          <Form.Item name="resource" label={t('exchangeSharing.form.resource')} rules={[{ required: true, message: t('exchangeSharing.form.required') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={resources.isLoading}
              placeholder={t('exchangeSharing.form.resourcePlaceholder')}
              options={(resources.data?.items ?? []).map((r) => ({ value: r.code, label: `${text(r.name)}（${r.code}）` }))}
            />
          </Form.Item>
          {chosen !== undefined && (
            <p className="yw-muted">
              {t('exchangeSharing.form.resourceInfo', {
                provider: text({ zh: chosen.provider.name, en: chosen.provider.nameEn }),
                grade: t(`exchangeSharing.grade.${chosen.grade}`),
                sharingType: t(`exchangeSharing.sharingType.${chosen.sharingType}`),
                method: t(`exchangeSharing.method.${chosen.method}`),
              })}
            </p>
          )}
          {chosen?.sharingType === 'not_shared' && <Alert className="yw-form-alert" type="warning" showIcon title={t('exchangeSharing.form.notShared')} />}
          {chosen !== undefined && (
            <Form.Item name="fields" label={t('exchangeSharing.form.fields')} rules={[atLeastOne(t('exchangeSharing.form.chooseFields'))]}>
              <Checkbox.Group>
                <Space orientation="vertical">
                  {chosen.fields.map((f) => (
                    <Checkbox key={f.key} value={f.key}>
                      {text(f.name)} <span className="yw-mono">{f.key}</span> {f.sensitive && <WarningTag>{t('exchangeSharing.form.sensitive')}</WarningTag>}
                    </Checkbox>
                  ))}
                </Space>
              </Checkbox.Group>
            </Form.Item>
          )}
          <Form.Item name="purpose" label={t('exchangeSharing.form.purpose')} rules={required}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item name="legalBasis" label={t('exchangeSharing.form.legalBasis')} rules={required}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="periodFrom" label={t('exchangeSharing.form.periodFrom')} rules={required}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="periodUntil" label={t('exchangeSharing.form.periodUntil')} rules={required}>
              <Input type="date" />
            </Form.Item>
          </Space>
          <Form.Item name="statutory" valuePropName="checked">
            <Checkbox>{t('exchangeSharing.form.statutory')}</Checkbox>
          </Form.Item>
          <div aria-live="polite">{error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} />}</div>
          <Space>
            <Button type="primary" htmlType="submit" loading={isSending} disabled={chosen?.sharingType === 'not_shared'}>
              {t('exchangeSharing.form.submit')}
            </Button>
            <Button onClick={() => void navigate('/exchange/sharing')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
