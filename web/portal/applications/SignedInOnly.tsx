// The applications pages are personal: a visitor is sent to log in and brought back to the same address.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorNotice, PageLoading } from '../../shared/StatusViews';
import { useSession } from '../../shared/session';

export function SignedInOnly({ children }: { children: ReactNode }) {
  const { state, refresh } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'anonymous') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (state.status === 'error') {
    return (
      <div className="yw-container yw-section">
        <ErrorNotice error={state.error} onRetry={() => void refresh()} />
      </div>
    );
  }
  return <>{children}</>;
}
