import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows the recovery codes once; the user confirms having saved them before entering the console. */
export function RecoveryCodesStep({ codes, onDone }: { codes: string[]; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [isLeaving, setIsLeaving] = useState(false);
  return (
    <>
      <h1 className="yw-console-login-title">{t('console.login.recoveryTitle')}</h1>
      <Alert className="yw-form-alert" type="warning" showIcon title={t('console.login.recoveryIntro')} />
      <ol className="yw-recovery-codes">
        {codes.map((code) => (
          <li key={code} className="yw-mono">
            {code}
          </li>
        ))}
      </ol>
      <Button
        type="primary"
        block
        size="large"
        loading={isLeaving}
        onClick={() => {
          setIsLeaving(true);
          void onDone();
        }}
      >
        {t('console.login.recoveryDone')}
      </Button>
    </>
  );
}
