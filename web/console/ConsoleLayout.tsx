// Console frame: side navigation, a header saying who you are and what you may see, and the page.
import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  ClusterOutlined,
  HomeOutlined,
  LogoutOutlined,
  ProfileOutlined,
  SolutionOutlined,
  TeamOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  FlagOutlined,
  ShareAltOutlined,
  AlertOutlined,
  PhoneOutlined,
  EnvironmentOutlined,
  GlobalOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { departmentName, departmentRegionName } from '../shared/bilingual';
import { HeaderControls } from '../shared/HeaderControls';
import { NotificationBell } from '../shared/NotificationBell';
import { usePreferences } from '../shared/preferences';
import { SkipLink } from '../shared/SkipLink';
import { useLogout } from '../shared/useLogout';
import { StatusTag } from '../shared/StatusTag';
import { useRegionNames } from '../shared/regions';
import { useSession } from '../shared/session';
import type { Me } from '../shared/types';
import { roleLabel } from '../shared/labels';
import { canEditCatalogue, canEditImplementations } from './labels';
import { canHandleApplications } from './applications/case-labels';

const SECTIONS = ['applications', 'regions', 'departments', 'people', 'catalog', 'implementations', 'audit', 'calendar', 'exchange/resources', 'exchange/sharing', 'exchange/records', 'exchange/reports', 'governance/incidents', 'governance/hotline', 'governance/patrol', 'governance/map'] as const;

/** Roles that work city incidents: they see the incident list. */
const GOVERNANCE_ROLES = ['dispatcher', 'incident_handler', 'grid_worker'];

function selectedKey(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  const key = parts[0] === 'exchange' || parts[0] === 'governance' ? parts.slice(0, 2).join('/') : parts[0];
  return key !== undefined && (SECTIONS as readonly string[]).includes(key) ? key : 'home';
}

function Navigation({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const items: MenuProps['items'] = [
    { key: 'home', icon: <HomeOutlined />, label: t('console.nav.home') },
    ...(canHandleApplications(me.roles) ? [{ key: 'applications', icon: <SolutionOutlined />, label: t('console.nav.applications') }] : []),
    { key: 'regions', icon: <ClusterOutlined />, label: t('console.nav.regions') },
    { key: 'departments', icon: <ApartmentOutlined />, label: t('console.nav.departments') },
    { key: 'people', icon: <TeamOutlined />, label: t('console.nav.people') },
    ...(canEditCatalogue(me.roles) ? [{ key: 'catalog', icon: <BookOutlined />, label: t('console.nav.catalog') }] : []),
    ...(canEditImplementations(me.roles) ? [{ key: 'implementations', icon: <ProfileOutlined />, label: t('console.nav.implementations') }] : []),
    ...(me.roles.includes('audit_admin') ? [{ key: 'audit', icon: <AuditOutlined />, label: t('console.nav.audit') }] : []),
    ...(me.roles.includes('system_admin') ? [{ key: 'calendar', icon: <CalendarOutlined />, label: t('console.calendar.nav') }] : []),
    { key: 'exchange/resources', icon: <DatabaseOutlined />, label: t('exchangeResources.nav') },
    ...(me.roles.includes('data_steward') ? [{ key: 'exchange/sharing', icon: <ShareAltOutlined />, label: t('exchangeSharing.nav') }] : []),
    ...(me.roles.includes('data_steward') || me.roles.includes('audit_admin') ? [{ key: 'exchange/records', icon: <FileSearchOutlined />, label: t('exchangeRecords.nav') }] : []),
    ...(me.roles.includes('audit_admin') ? [{ key: 'exchange/reports', icon: <FlagOutlined />, label: t('exchangeUsage.nav') }] : []),
    ...(GOVERNANCE_ROLES.some((role) => me.roles.includes(role)) ? [{ key: 'governance/incidents', icon: <AlertOutlined />, label: t('governanceConsole.nav') }] : []),
    ...(me.roles.includes('dispatcher') ? [{ key: 'governance/hotline', icon: <PhoneOutlined />, label: t('governanceConsole.navHotline') }] : []),
    ...(me.roles.includes('grid_worker') ? [{ key: 'governance/patrol', icon: <EnvironmentOutlined />, label: t('governanceConsole.navPatrol') }] : []),
    ...(me.roles.includes('dispatcher') ? [{ key: 'governance/map', icon: <GlobalOutlined />, label: t('governanceConsole.navMap') }] : []),
  ];
  return (
    <nav aria-label={t('console.nav.label')}>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={[selectedKey(location.pathname)]}
        items={items}
        onClick={({ key }) => void navigate(key === 'home' ? '/' : `/${key}`)}
      />
    </nav>
  );
}

function Identity({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const regionNames = useRegionNames();
  const separator = t('console.header.listSeparator');
  const departments = me.scope.departments.map((department) => departmentName(department, i18n.language)).join(separator);
  const scopeCodes = me.scope.regionCodes.length > 0 ? me.scope.regionCodes : me.scope.departments.map((department) => department.regionCode);
  const fallbackNames = new Map(me.scope.departments.map((department) => [department.regionCode, departmentRegionName(department, i18n.language)]));
  const regions = [...new Set(scopeCodes)].map((code) => regionNames.get(code) ?? fallbackNames.get(code) ?? code).join(separator);
  return (
    <section className="yw-console-identity" aria-label={t('console.header.whoAmI')}>
      <div className="yw-console-identity-line">
        <strong className="yw-console-name">{me.name}</strong>
        {me.roles.map((role) => (
          <StatusTag key={role} tone="info">
            {roleLabel(t, role)}
          </StatusTag>
        ))}
      </div>
      {departments !== '' && (
        <div className="yw-console-identity-scope">
          <span>{t('console.header.departments', { value: departments })}</span>
          {regions !== '' && <span>{t('console.header.scope', { value: regions })}</span>}
        </div>
      )}
    </section>
  );
}

export function ConsoleLayout() {
  const { t } = useTranslation();
  const { state } = useSession();
  const onLogout = useLogout('/login');
  const { isElderly } = usePreferences();
  if (state.status !== 'signed_in') return null;
  const { me } = state;

  return (
    <Layout className="yw-console">
      <SkipLink />
      <Layout.Sider
        className="yw-console-sider"
        breakpoint="lg"
        collapsedWidth={isElderly ? 88 : 72}
        width={isElderly ? 280 : 220}
        trigger={null}
        collapsible
      >
        <div className="yw-console-brand">
          <span className="yw-console-logo" aria-hidden="true">
            一网
          </span>
          <span className="yw-console-brand-name">{t('app.consoleName')}</span>
        </div>
        <Navigation me={me} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="yw-console-header">
          <Identity me={me} />
          <div className="yw-console-header-actions">
            <NotificationBell basename="/console" />
            <HeaderControls />
            <Button icon={<LogoutOutlined />} onClick={onLogout}>
              {t('common.logout')}
            </Button>
          </div>
        </Layout.Header>
        <Layout.Content id="main" className="yw-console-content" tabIndex={-1}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
