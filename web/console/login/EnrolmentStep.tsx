// First login of a staff member without TOTP: show the secret (QR and text), confirm with a first code.
import { Alert, Button, Form, Input, QRCode, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmTotpEnrolment, type TotpEnrolment } from '../../shared/auth';
import { applyApiError } from '../../shared/form-errors';

interface EnrolmentProps {
  enrolment: TotpEnrolment;
  onEnrolled: (recoveryCodes: string[]) => void;
  onRestart: () => void;
}

/** Groups the base32 secret in fours so it can be typed without losing one's place. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

export function EnrolmentStep({ enrolment, onEnrolled, onRestart }: EnrolmentProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function submit(code: string) {
    setIsSubmitting(true);
    setProblem(null);
    try {
      const answer = await confirmTotpEnrolment(code.replace(/\s+/g, ''));
      onEnrolled(answer.recoveryCodes);
    } catch (error) {
      setProblem(applyApiError(form, error, ['code']));
      setIsSubmitting(false);
    }
  }

  return (
    <>
      <h1 className="yw-console-login-title">{t('console.login.enrolTitle')}</h1>
      <p className="yw-console-login-intro">{t('console.login.enrolIntro')}</p>
      <div className="yw-enrolment">
        {/* antd passes aria-* to the canvas, which already has role="img": the label names that image. */}
        <QRCode value={enrolment.otpauthUri} size={168} bordered={false} aria-label={t('console.login.qrLabel')} />
        <dl className="yw-enrolment-details">
          <dt>{t('console.login.secret')}</dt>
          <dd>
            <Typography.Text className="yw-mono" copyable={{ text: enrolment.secret }}>
              {groupSecret(enrolment.secret)}
            </Typography.Text>
          </dd>
          <dt>{t('console.login.otpauthUri')}</dt>
          <dd>
            <Typography.Text className="yw-mono yw-break" copyable>
              {enrolment.otpauthUri}
            </Typography.Text>
          </dd>
        </dl>
      </div>
      {problem !== null && <Alert className="yw-form-alert" type="error" showIcon title={problem} />}
      <Form form={form} name="enrolment" layout="vertical" requiredMark={false} onFinish={(values) => void submit(values.code)}>
        <Form.Item
          name="code"
          label={t('console.login.enrolCode')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('console.login.enrolCode') }) }]}
        >
          <Input className="yw-otp-input" autoComplete="one-time-code" inputMode="numeric" maxLength={6} spellCheck={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
          {t('console.login.enrolSubmit')}
        </Button>
        <Button type="link" block onClick={onRestart}>
          {t('console.login.restart')}
        </Button>
      </Form>
    </>
  );
}
