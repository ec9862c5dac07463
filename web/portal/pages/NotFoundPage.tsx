import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFound } from '../../shared/StatusViews';
import { useDocumentTitle } from '../../shared/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFoundTitle'), 'app.portalName');
  return (
    <div className="yw-container yw-section">
      <h1 className="yw-visually-hidden">{t('common.notFoundTitle')}</h1>
      <NotFound extra={<Link to="/">{t('common.backHome')}</Link>} />
    </div>
  );
}
