// My account: who I am, with identifiers masked by the server, and log out.
import { Alert, Button, Card, Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { isEnglish } from '../../shared/bilingual';
import { PageLoading, ErrorNotice } from '../../shared/StatusViews';
import { useSession } from '../../shared/session';
import type { Me } from '../../shared/types';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useLogout } from '../../shared/useLogout';

function profileItems(me: Me, t: (key: string) => string, language: string): DescriptionsProps['items'] {
  const { profile } = me;
  const value = (text: string | undefined, isMono = false) =>
    text === undefined || text === '' ? t('common.notProvided') : <span className={isMono ? 'yw-mono' : undefined}>{text}</span>;
  const region = (isEnglish(language) ? profile.regionNameEn : undefined) ?? profile.regionName ?? profile.regionCode;
  const common = [
    { key: 'kind', label: t('fields.kind'), children: t(`kinds.${me.kind}`) },
    { key: 'mobile', label: t('fields.mobile'), children: value(profile.mobile, true) },
    { key: 'region', label: t('fields.region'), children: value(region) },
  ];
  if (me.kind === 'enterprise') {
    return [
      { key: 'name', label: t('fields.enterpriseName'), children: me.name },
      { key: 'creditCode', label: t('fields.creditCode'), children: value(profile.creditCode, true) },
      { key: 'legalRepresentative', label: t('fields.legalRepresentative'), children: value(profile.legalRepresentative) },
      ...common,
    ];
  }
  return [
    { key: 'name', label: t('fields.name'), children: me.name },
    { key: 'idNumber', label: t('fields.idNumber'), children: value(profile.idNumber, true) },
    ...common,
    { key: 'address', label: t('fields.address'), children: value(profile.address) },
  ];
}

export function MePage() {
  const { t, i18n } = useTranslation();
  const { state, refresh } = useSession();
  const logout = useLogout('/');
  useDocumentTitle(t('portal.me.title'), 'app.portalName');

  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'anonymous') return <Navigate to="/login?next=%2Fme" replace />;
  if (state.status === 'error') {
    return (
      <div className="yw-container yw-section">
        <h1>{t('portal.me.title')}</h1>
        <ErrorNotice error={state.error} onRetry={() => void refresh()} />
      </div>
    );
  }
  const { me } = state;
  return (
    <div className="yw-container yw-section yw-me">
      <div className="yw-me-heading">
        <div>
          <h1>{t('portal.me.title')}</h1>
          <p className="yw-me-greeting">{t('portal.me.greeting', { name: me.name })}</p>
        </div>
        <Button onClick={logout}>{t('common.logout')}</Button>
      </div>
      {me.kind === 'staff' && (
        <Alert
          className="yw-form-alert"
          type="info"
          showIcon
          title={t('portal.me.staffHint')}
          action={<a href="/console">{t('portal.me.goConsole')}</a>}
        />
      )}
      <Card title={<h2 className="yw-card-title">{t('portal.me.profile')}</h2>}>
        <Descriptions column={1} bordered items={profileItems(me, t, i18n.language)} />
        <p className="yw-form-note">{t('portal.me.maskedHint')}</p>
      </Card>
      {me.kind !== 'staff' && (
        <Card title={<h2 className="yw-card-title">{t('exchangeUsage.meLink')}</h2>}>
          <p>{t('exchangeUsage.meLinkHint')}</p>
          <Link to="/me/data-usage">{t('exchangeUsage.meLink')}</Link>
        </Card>
      )}
    </div>
  );
}
