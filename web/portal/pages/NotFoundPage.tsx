import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { NotFoundSection } from '../NotFoundSection';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFoundTitle'), 'app.portalName');
  return <NotFoundSection backTo="/" backLabel={t('common.backHome')} />;
}
