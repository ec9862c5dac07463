// Staff login in steps: password → one-time code (or first-time TOTP enrolment → recovery codes) → console.
import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath, type TotpEnrolment } from '../../shared/auth';
import { HeaderControls } from '../../shared/HeaderControls';
import { SkipLink } from '../../shared/SkipLink';
import { useSession } from '../../shared/session';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { EnrolmentStep } from './EnrolmentStep';
import { PasswordStep } from './PasswordStep';
import { RecoveryCodesStep } from './RecoveryCodesStep';
import { TotpStep } from './TotpStep';
import './login.css';

export type LoginStep =
  | { name: 'password' }
  | { name: 'totp' }
  | { name: 'enrolment'; enrolment: TotpEnrolment }
  | { name: 'recovery'; recoveryCodes: string[] };

const STEP_TITLES = {
  password: 'console.login.title',
  totp: 'console.login.totpTitle',
  enrolment: 'console.login.enrolTitle',
  recovery: 'console.login.recoveryTitle',
} as const;

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { state, refresh } = useSession();
  const [step, setStep] = useState<LoginStep>({ name: 'password' });
  useDocumentTitle(t(STEP_TITLES[step.name]), 'app.consoleName');
  const next = safeNextPath(search.get('next'), '/');

  async function finish() {
    await refresh();
    await navigate(next, { replace: true });
  }

  // Somebody already signed in who opens the login page goes straight in (not while showing recovery codes).
  if (step.name === 'password' && state.status === 'signed_in' && state.me.kind === 'staff') {
    return <Navigate to={next} replace />;
  }

  const restart = () => setStep({ name: 'password' });
  return (
    <div className="yw-console-login">
      <SkipLink />
      <header className="yw-console-login-header">
        <span className="yw-console-brand">
          <span className="yw-console-logo" aria-hidden="true">
            一网
          </span>
          <span className="yw-console-brand-name">{t('app.consoleName')}</span>
        </span>
        <HeaderControls className="yw-on-dark-controls" />
      </header>
      <main id="main" className="yw-console-login-main" tabIndex={-1}>
        <Card className="yw-console-login-card">
          {step.name === 'password' && <PasswordStep onStep={setStep} onSignedIn={finish} />}
          {step.name === 'totp' && <TotpStep onSignedIn={finish} onRestart={restart} />}
          {step.name === 'enrolment' && (
            <EnrolmentStep
              enrolment={step.enrolment}
              onEnrolled={(recoveryCodes) => setStep({ name: 'recovery', recoveryCodes })}
              onRestart={restart}
            />
          )}
          {step.name === 'recovery' && <RecoveryCodesStep codes={step.recoveryCodes} onDone={finish} />}
        </Card>
        <p className="yw-console-login-aside">{t('console.login.securityNote')}</p>
        <p className="yw-console-login-aside">
          {t('console.login.notStaff')} <a href="/">{t('app.portalName')}</a>
        </p>
      </main>
    </div>
  );
}
