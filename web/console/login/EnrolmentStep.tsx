// First login of a staff member without TOTP: show the secret (QR and text), confirm with a first code.
import { QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { confirmTotpEnrolment, type TotpEnrolment } from '../../shared/auth';
import { OneTimeCodeForm } from './OneTimeCodeForm';

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

  async function confirm(code: string) {
    const answer = await confirmTotpEnrolment(code);
    onEnrolled(answer.recoveryCodes);
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
      <OneTimeCodeForm
        name="enrolment"
        label={t('console.login.enrolCode')}
        submitLabel={t('console.login.enrolSubmit')}
        maxLength={6}
        onCode={confirm}
        onRestart={onRestart}
      />
    </>
  );
}
