// Registration: an individual (resident ID) or an enterprise (credit code); then log in and go to /me.
import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { CitizenRegisterForm, EnterpriseRegisterForm } from '../RegisterForms';

export function RegisterPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const activeKey = search.get('as') === 'enterprise' ? 'enterprise' : 'citizen';
  useDocumentTitle(t('portal.register.title'), 'app.portalName');
  return (
    <div className="yw-container yw-narrow yw-section">
      <Card>
        <h1 className="yw-form-heading">{t('portal.register.heading')}</h1>
        <Tabs
          activeKey={activeKey}
          onChange={(key) => setSearch(key === 'enterprise' ? { as: 'enterprise' } : {}, { replace: true })}
          items={[
            { key: 'citizen', label: t('portal.register.tabCitizen'), children: <CitizenRegisterForm /> },
            { key: 'enterprise', label: t('portal.register.tabEnterprise'), children: <EnterpriseRegisterForm /> },
          ]}
        />
        <p className="yw-form-note">{t('portal.register.privacy')}</p>
        <p className="yw-form-footer">
          {t('portal.register.haveAccount')} <Link to="/login">{t('portal.register.loginNow')}</Link>
        </p>
      </Card>
    </div>
  );
}
