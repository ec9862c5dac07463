// Header (brand, navigation with sign-in state, language, elderly mode), main and footer of every portal page.
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { HeaderControls } from '../shared/HeaderControls';
import { NotificationBell } from '../shared/NotificationBell';
import { SkipLink } from '../shared/SkipLink';
import { useSession } from '../shared/session';
import { useLogout } from '../shared/useLogout';
import { ServiceRegionProvider } from './service-region';

function SiteNavigation() {
  const { t } = useTranslation();
  const { state } = useSession();
  const logout = useLogout('/');
  return (
    <nav className="yw-portal-nav" aria-label={t('portal.nav.label')}>
      <NavLink to="/" end>
        {t('portal.nav.home')}
      </NavLink>
      <NavLink to="/services">{t('portal.nav.services')}</NavLink>
      <NavLink to="/life-events">{t('portal.nav.lifeEvents')}</NavLink>
      {(state.status !== 'signed_in' || state.me.kind !== 'staff') && <NavLink to="/report">{t('governancePortal.nav')}</NavLink>}
      {state.status === 'signed_in' && (
        <>
          {state.me.kind !== 'staff' && <NavLink to="/applications">{t('portal.myApplications.navLabel')}</NavLink>}
          {state.me.kind !== 'staff' && <NavLink to="/licences">{t('portal.licences.nav')}</NavLink>}
          {state.me.kind !== 'staff' && <NavLink to="/me/incidents">{t('governancePortal.mineNav')}</NavLink>}
          <NavLink to="/me">{t('portal.nav.me')}</NavLink>
          <NotificationBell />
          <Button className="yw-portal-logout" onClick={logout}>
            {t('common.logout')}
          </Button>
        </>
      )}
      {(state.status === 'anonymous' || state.status === 'error') && (
        <>
          <NavLink to="/login">{t('common.login')}</NavLink>
          <NavLink to="/register" className="yw-portal-nav-cta">
            {t('common.register')}
          </NavLink>
        </>
      )}
    </nav>
  );
}

export function PortalLayout() {
  const { t } = useTranslation();
  return (
    <div className="yw-portal">
      <SkipLink />
      <header className="yw-portal-header">
        <div className="yw-portal-header-inner">
          <Link to="/" className="yw-portal-brand">
            <span className="yw-portal-logo" aria-hidden="true">
              一网
            </span>
            <span className="yw-portal-brand-text">
              <span className="yw-portal-brand-name">{t('app.portalName')}</span>
              <span className="yw-portal-brand-owner">{t('app.owner')}</span>
            </span>
          </Link>
          <HeaderControls className="yw-portal-controls" />
          <SiteNavigation />
        </div>
      </header>
      <main id="main" className="yw-portal-main" tabIndex={-1}>
        <ServiceRegionProvider>
          <Outlet />
        </ServiceRegionProvider>
      </main>
      <footer className="yw-portal-footer">
        <p>{t('common.footer')}</p>
        <p>{t('app.owner')}</p>
        <p>
          <Link to="/open-data">{t('exchangeResources.openDataTitle')}</Link>
        </p>
        <p>
          <Link to="/city-map">{t('governancePortal.cityMap.footerLink')}</Link>
        </p>
      </footer>
    </div>
  );
}
