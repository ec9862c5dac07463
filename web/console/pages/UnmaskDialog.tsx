// Asks for the purpose before showing one identifier in full; the server checks the role and audits the read.
import { Alert, Button, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { applyApiError } from '../../shared/form-errors';

export interface Person {
  id: string;
  kind: 'citizen' | 'enterprise';
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  mobile: string | null;
  regionCode: string | null;
}

type UnmaskField = 'idNumber' | 'creditCode' | 'mobile' | 'address';

const FIELDS_BY_KIND: Record<Person['kind'], UnmaskField[]> = {
  citizen: ['idNumber', 'mobile', 'address'],
  enterprise: ['creditCode', 'mobile'],
};

interface UnmaskValues {
  field: UnmaskField;
  purpose: string;
}

export function UnmaskDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UnmaskValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [revealed, setRevealed] = useState<{ field: UnmaskField; value: string | null } | null>(null);
  const fields = FIELDS_BY_KIND[person.kind];

  async function submit(values: UnmaskValues) {
    setIsSubmitting(true);
    setProblem(null);
    try {
      const answer = await api.post<{ field: UnmaskField; value: string | null }>(`/people/${encodeURIComponent(person.id)}/unmask`, {
        field: values.field,
        purpose: values.purpose.trim(),
      });
      setRevealed(answer);
    } catch (error) {
      setProblem(applyApiError(form, error, ['field', 'purpose']));
    } finally {
      setIsSubmitting(false);
    }
  }

  const fieldLabel = (field: UnmaskField) => t(`fields.${field}`);
  return (
    <Modal
      open
      title={`${t('console.people.unmaskTitle')} · ${person.name}`}
      onCancel={onClose}
      destroyOnHidden
      footer={
        revealed === null
          ? [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="submit" type="primary" loading={isSubmitting} onClick={() => form.submit()}>
                {t('console.people.submit')}
              </Button>,
            ]
          : [
              <Button key="close" type="primary" onClick={onClose}>
                {t('common.close')}
              </Button>,
            ]
      }
    >
      <Alert className="yw-form-alert" type="warning" showIcon title={t('console.people.unmaskWarning')} />
      {problem !== null && <Alert className="yw-form-alert" type="error" showIcon title={problem} />}
      {revealed !== null ? (
        <dl className="yw-revealed" aria-live="polite">
          <dt>{fieldLabel(revealed.field)}</dt>
          <dd className="yw-mono">{revealed.value ?? t('common.notProvided')}</dd>
        </dl>
      ) : (
        <Form
          form={form}
          name="unmask"
          layout="vertical"
          initialValues={{ field: fields[0] }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item name="field" label={t('console.people.field')}>
            <Radio.Group
              options={fields.map((field) => ({ value: field, label: fieldLabel(field) }))}
            />
          </Form.Item>
          <Form.Item
            name="purpose"
            label={t('console.people.purpose')}
            rules={[{ required: true, whitespace: true, message: t('console.people.purposeRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('console.people.purposeHelp')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
