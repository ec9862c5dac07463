// The sign-in gate both web apps share: loading, then the login page (coming back to the same address) for a
// visitor, an error with retry, else the page. `frame` places the error in the app's own layout.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorNotice, PageLoading } from './StatusViews';
import { useSession, type SessionState } from './session';

export function RequireSignIn({ frame, children }: { frame: (content: ReactNode) => ReactNode; children: (state: Extract<SessionState, { status: 'signed_in' }>) => ReactNode }) {
  const { state, refresh } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'anonymous') return <Navigate to={`/login?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`} replace />;
  if (state.status === 'error') return frame(<ErrorNotice error={state.error} onRetry={() => void refresh()} />);
  return children(state);
}
