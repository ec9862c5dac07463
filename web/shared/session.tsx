// Who is signed in, from GET /me; shared by both apps. 401 means anonymous, not an error.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, api } from './api';
import type { Me } from './types';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'signed_in'; me: Me }
  | { status: 'error'; error: ApiError };

interface Session {
  state: SessionState;
  /** Reads /me again (after login, or when a request said the session ended). */
  refresh: () => Promise<SessionState>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

async function loadSession(): Promise<SessionState> {
  try {
    const me = await api.get<Me>('/me');
    return { status: 'signed_in', me };
  } catch (error) {
    if (error instanceof ApiError && error.isUnauthenticated) return { status: 'anonymous' };
    if (error instanceof ApiError) return { status: 'error', error };
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    const next = await loadSession();
    setState(next);
    return next;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setState({ status: 'anonymous' });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(() => ({ state, refresh, logout }), [state, refresh, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession must be used inside SessionProvider');
  return value;
}
