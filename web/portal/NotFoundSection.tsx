import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFound } from '../shared/StatusViews';

/** The body of a portal page that does not exist (or no longer does), with a link back to where to look instead. */
export function NotFoundSection({ backTo, backLabel }: { backTo: string; backLabel: string }) {
  const { t } = useTranslation();
  return (
    <div className="yw-container yw-section">
      <h1 className="yw-visually-hidden">{t('common.notFoundTitle')}</h1>
      <NotFound extra={<Link to={backTo}>{backLabel}</Link>} />
    </div>
  );
}
