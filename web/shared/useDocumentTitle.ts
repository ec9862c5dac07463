import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to "page - app name", following the language. */
export function useDocumentTitle(page: string, appKey: 'app.portalName' | 'app.consoleName'): void {
  const { t } = useTranslation();
  const app = t(appKey);
  useEffect(() => {
    document.title = t('common.pageTitle', { page, app });
  }, [t, page, app]);
}
