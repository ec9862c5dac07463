import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../../shared/form-errors';

interface OneTimeCodeFormProps {
  /** The form's name (enrolment, totp). */
  name: string;
  label: string;
  submitLabel: string;
  maxLength: number;
  autoFocus?: boolean;
  /** Sends the code (spaces removed); a rejection is shown on the field or above the form. */
  onCode: (code: string) => Promise<void>;
  onRestart: () => void;
}

/** The one-time-code field of the second login step, with the submit and "start again" buttons. */
export function OneTimeCodeForm({ name, label, submitLabel, maxLength, autoFocus, onCode, onRestart }: OneTimeCodeFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function submit(code: string) {
    setIsSubmitting(true);
    setProblem(null);
    try {
      await onCode(code.replace(/\s+/g, ''));
    } catch (error) {
      setProblem(applyApiError(form, error, ['code']));
      setIsSubmitting(false);
    }
  }

  return (
    <>
      {problem !== null && <Alert className="yw-form-alert" type="error" showIcon title={problem} />}
      <Form form={form} name={name} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values.code)}>
        <Form.Item name="code" label={label} rules={[{ required: true, whitespace: true, message: t('common.required', { field: label }) }]}>
          <Input className="yw-otp-input" autoComplete="one-time-code" inputMode="numeric" maxLength={maxLength} autoFocus={autoFocus} spellCheck={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
          {submitLabel}
        </Button>
        <Button type="link" block onClick={onRestart}>
          {t('console.login.restart')}
        </Button>
      </Form>
    </>
  );
}
