// Console home: who I am, my roles and the scope (departments × region subtree) everything else is filtered by.
import { Card, Col, Descriptions, List, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { departmentName, departmentRegionName } from '../../shared/bilingual';
import { useRegionNames } from '../../shared/regions';
import { StatusTag } from '../../shared/StatusTag';
import { useSession } from '../../shared/session';
import { canEditCatalogue, canEditImplementations } from '../labels';
import { PageHeading } from '../PageHeading';
import { roleLabel } from '../../shared/labels';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const regionNames = useRegionNames();
  if (state.status !== 'signed_in') return null;
  const { me } = state;
  const shortcuts = [
    { to: '/regions', label: t('console.nav.regions') },
    { to: '/departments', label: t('console.nav.departments') },
    { to: '/people', label: t('console.nav.people') },
    ...(canEditCatalogue(me.roles) ? [{ to: '/catalog', label: t('console.nav.catalog') }] : []),
    ...(canEditImplementations(me.roles) ? [{ to: '/implementations', label: t('console.nav.implementations') }] : []),
    ...(me.roles.includes('audit_admin') ? [{ to: '/audit', label: t('console.nav.audit') }] : []),
  ];

  return (
    <>
      <PageHeading title={t('console.home.title')} intro={t('console.home.welcome', { name: me.name })} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={<h2 className="yw-card-title">{t('console.home.identity')}</h2>}>
            <Descriptions
              column={1}
              items={[
                { key: 'name', label: t('fields.name'), children: me.name },
                { key: 'username', label: t('fields.username'), children: <span className="yw-mono">{me.username ?? '—'}</span> },
                {
                  key: 'roles',
                  label: t('console.home.roles'),
                  children: me.roles.map((role) => (
                    <StatusTag key={role} tone="info">
                      {roleLabel(t, role)}
                    </StatusTag>
                  )),
                },
                { key: 'totp', label: t('console.home.totp'), children: me.totpEnrolled ? t('console.home.totpOn') : t('console.home.totpOff') },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={<h2 className="yw-card-title">{t('console.home.scope')}</h2>}>
            <p className="yw-muted">{t('console.home.scopeHint')}</p>
            <h3 className="yw-subheading">{t('console.home.departments')}</h3>
            <List
              size="small"
              dataSource={me.scope.departments}
              locale={{ emptyText: t('common.empty') }}
              renderItem={(department) => (
                <List.Item>
                  <span>{departmentName(department, i18n.language)}</span>
                  <span className="yw-muted">{regionNames.get(department.regionCode) ?? departmentRegionName(department, i18n.language)}</span>
                </List.Item>
              )}
            />
            <h3 className="yw-subheading">{t('console.home.regionCodes')}</h3>
            <ul className="yw-inline-list">
              {me.scope.regionCodes.map((code) => (
                <li key={code}>
                  <Tag>
                    {regionNames.get(code) ?? code} <span className="yw-mono">{code}</span>
                  </Tag>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={<h2 className="yw-card-title">{t('console.home.shortcuts')}</h2>}>
            <ul className="yw-shortcuts">
              {shortcuts.map((shortcut) => (
                <li key={shortcut.to}>
                  <Link to={shortcut.to}>{shortcut.label}</Link>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
      </Row>
    </>
  );
}
