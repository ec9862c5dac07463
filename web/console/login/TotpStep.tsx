import { useTranslation } from 'react-i18next';
import { verifyTotp } from '../../shared/auth';
import { OneTimeCodeForm } from './OneTimeCodeForm';

export function TotpStep({ onSignedIn, onRestart }: { onSignedIn: () => Promise<void>; onRestart: () => void }) {
  const { t } = useTranslation();

  async function signIn(code: string) {
    await verifyTotp(code);
    await onSignedIn();
  }

  return (
    <>
      <h1 className="yw-console-login-title">{t('console.login.totpTitle')}</h1>
      <p className="yw-console-login-intro">{t('console.login.totpIntro')}</p>
      <OneTimeCodeForm
        name="totp"
        label={t('console.login.totpCode')}
        submitLabel={t('console.login.totpSubmit')}
        maxLength={20}
        autoFocus
        onCode={signIn}
        onRestart={onRestart}
      />
    </>
  );
}
