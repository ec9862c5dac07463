import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyTotp } from '../../shared/auth';
import { applyApiError } from '../../shared/form-errors';

interface TotpValues {
  code: string;
}

export function TotpStep({ onSignedIn, onRestart }: { onSignedIn: () => Promise<void>; onRestart: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TotpValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function submit(values: TotpValues) {
    setIsSubmitting(true);
    setProblem(null);
    try {
      await verifyTotp(values.code.replace(/\s+/g, ''));
      await onSignedIn();
    } catch (error) {
      setProblem(applyApiError(form, error, ['code']));
      setIsSubmitting(false);
    }
  }

  return (
    <>
      <h1 className="yw-console-login-title">{t('console.login.totpTitle')}</h1>
      <p className="yw-console-login-intro">{t('console.login.totpIntro')}</p>
      {problem !== null && <Alert className="yw-form-alert" type="error" showIcon title={problem} />}
      <Form form={form} name="totp" layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
        <Form.Item
          name="code"
          label={t('console.login.totpCode')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('console.login.totpCode') }) }]}
        >
          <Input
            className="yw-otp-input"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={20}
            autoFocus
            spellCheck={false}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
          {t('console.login.totpSubmit')}
        </Button>
        <Button type="link" block onClick={onRestart}>
          {t('console.login.restart')}
        </Button>
      </Form>
    </>
  );
}
