import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFound } from '../../shared/StatusViews';
import { PageHeading } from '../PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('common.notFoundTitle')} />
      <NotFound extra={<Link to="/">{t('common.backHome')}</Link>} />
    </>
  );
}
