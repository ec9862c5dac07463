// Gate of the console: the login page when nobody is signed in, a friendly stop for citizens and enterprises.
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../shared/RequireSignIn';
import { HeaderControls } from '../shared/HeaderControls';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { useLogout } from '../shared/useLogout';

function StaffOnly() {
  const { t } = useTranslation();
  const logout = useLogout('/login');
  useDocumentTitle(t('console.staffOnly.title'), 'app.consoleName');
  return (
    <main id="main" className="yw-console-standalone">
      <HeaderControls />
      <Result
        status="403"
        title={<h1 className="yw-result-title">{t('console.staffOnly.title')}</h1>}
        subTitle={t('console.staffOnly.text')}
        extra={[
          <a key="portal" href="/">
            {t('console.staffOnly.goPortal')}
          </a>,
          <Button key="logout" onClick={logout}>
            {t('common.logout')}
          </Button>,
        ]}
      />
    </main>
  );
}

export function RequireStaff({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn frame={(content) => <main id="main" className="yw-console-standalone">{content}</main>}>
      {(state) => (state.me.kind === 'staff' ? children : <StaffOnly />)}
    </RequireSignIn>
  );
}
