import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { login, startTotpEnrolment } from '../../shared/auth';
import { CurrentPasswordField } from '../../shared/CurrentPasswordField';
import { applyApiError } from '../../shared/form-errors';
import type { LoginStep } from './LoginPage';

interface PasswordValues {
  username: string;
  password: string;
}

interface PasswordStepProps {
  onStep: (step: LoginStep) => void;
  onSignedIn: () => Promise<void>;
}

export function PasswordStep({ onStep, onSignedIn }: PasswordStepProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function submit(values: PasswordValues) {
    setIsSubmitting(true);
    setProblem(null);
    try {
      const status = await login(values.username.trim(), values.password);
      if (status === 'totp_required') onStep({ name: 'totp' });
      else if (status === 'totp_enrolment_required') onStep({ name: 'enrolment', enrolment: await startTotpEnrolment() });
      else await onSignedIn();
    } catch (error) {
      setProblem(applyApiError(form, error, ['username', 'password']));
      setIsSubmitting(false);
    }
  }

  return (
    <>
      <h1 className="yw-console-login-title">{t('console.login.subheading')}</h1>
      {problem !== null && <Alert className="yw-form-alert" type="error" showIcon title={problem} />}
      <Form form={form} name="staff-login" layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
        <Form.Item
          name="username"
          label={t('fields.username')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('fields.username') }) }]}
        >
          <Input autoComplete="username" autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <CurrentPasswordField />
        <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
          {t('console.login.submit')}
        </Button>
      </Form>
    </>
  );
}
