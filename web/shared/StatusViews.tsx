// Friendly full-area states: loading, no access (403), not found and load errors.
import { Alert, Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from './api';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="yw-page-loading" role="status" aria-live="polite">
      <Spin />
      <span>{t('common.loading')}</span>
    </div>
  );
}

export function NoAccess({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation();
  return <Result status="403" title={t('common.noAccessTitle')} subTitle={t('common.noAccessText')} extra={extra} />;
}

export function NotFound({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation();
  return <Result status="404" title={t('common.notFoundTitle')} subTitle={t('common.notFoundText')} extra={extra} />;
}

export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={error.message}
      description={error.requestId === undefined ? undefined : t('errors.requestId', { id: error.requestId })}
      action={onRetry === undefined ? undefined : <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}

/** Renders the error of a query: "no access" for 403, otherwise the server's message with a retry. */
export function QueryError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  if (error.isForbidden) return <NoAccess />;
  return <ErrorNotice error={error} onRetry={onRetry} />;
}
