// The way in: search for a service, the service hall (by life event, department, theme), and what the platform does.
import { ClockCircleOutlined, EnvironmentOutlined, EyeOutlined, FileDoneOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../shared/session';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { ServiceHall } from '../ServiceHall';
import { ServiceSearch } from '../ServiceSearch';

const EXAMPLE_QUERIES = ['portal.search.example1', 'portal.search.example2', 'portal.search.example3'] as const;

interface Feature {
  key: string;
  icon: ReactNode;
  title: string;
  text: string;
}

export function HomePage() {
  const { t } = useTranslation();
  const { state } = useSession();
  useDocumentTitle(t('portal.home.title'), 'app.portalName');
  const features: Feature[] = [
    { key: 'apply', icon: <FileDoneOutlined />, title: t('portal.home.featureApply'), text: t('portal.home.featureApplyText') },
    { key: 'progress', icon: <ClockCircleOutlined />, title: t('portal.home.featureProgress'), text: t('portal.home.featureProgressText') },
    { key: 'data', icon: <EyeOutlined />, title: t('portal.home.featureData'), text: t('portal.home.featureDataText') },
    { key: 'city', icon: <EnvironmentOutlined />, title: t('portal.home.featureCity'), text: t('portal.home.featureCityText') },
  ];
  return (
    <>
      <section className="yw-hero" aria-labelledby="hero-title">
        <div className="yw-container">
          <h1 id="hero-title">{t('portal.home.heroTitle')}</h1>
          <p>{t('portal.home.heroText')}</p>
          <ServiceSearch isLarge className="yw-hero-search" />
          <p className="yw-hero-examples">
            {t('portal.search.examplesLabel')}{' '}
            {EXAMPLE_QUERIES.map((key) => (
              <Link key={key} to={`/services?q=${encodeURIComponent(t(key))}`} className="yw-hero-example">
                {t(key)}
              </Link>
            ))}
          </p>
          <div className="yw-hero-actions">
            {state.status === 'signed_in' ? (
              <Link className="yw-button yw-button-light" to="/me">
                {t('portal.home.goMe')}
              </Link>
            ) : (
              <>
                <Link className="yw-button yw-button-light" to="/register">
                  {t('portal.home.start')}
                </Link>
                <Link className="yw-button yw-button-outline" to="/login">
                  {t('portal.home.haveAccount')}
                </Link>
              </>
            )}
          </div>
        </div>
      </section>
      <ServiceHall />
      <section className="yw-container yw-section" aria-labelledby="features-title">
        <h2 id="features-title">{t('portal.home.featuresTitle')}</h2>
        <ul className="yw-feature-list">
          {features.map((feature) => (
            <li key={feature.key} className="yw-feature">
              <span className="yw-feature-icon" aria-hidden="true">
                {feature.icon}
              </span>
              <h3>{feature.title}</h3>
              <p>{feature.text}</p>
            </li>
          ))}
        </ul>
        <p className="yw-staff-entry">
          <a href="/console">{t('portal.home.staffEntry')}</a>
        </p>
      </section>
    </>
  );
}
