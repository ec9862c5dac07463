// Loads one GET resource for a page; keeps the last data while reloading and exposes the error for the view.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from './api';
import { useSession } from './session';

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
}

export function useApiQuery<T>(path: string | null): ApiQuery<T> {
  const { refresh } = useSession();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [isLoading, setIsLoading] = useState(path !== null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (path === null) return undefined;
    const controller = new AbortController();
    setIsLoading(true);
    setError(undefined);
    api
      .get<T>(path, controller.signal)
      .then((value) => {
        setData(value);
        setIsLoading(false);
      })
      .catch((cause: unknown) => {
        if (controller.signal.aborted) return;
        setIsLoading(false);
        if (cause instanceof ApiError) {
          setError(cause);
          // The session ended elsewhere: re-read it so the app can send the user to the login page.
          if (cause.isUnauthenticated) void refresh();
        } else {
          setError(new ApiError(0, 'client.failed', cause instanceof Error ? cause.message : String(cause)));
        }
      });
    return () => controller.abort();
  }, [path, attempt, refresh]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, isLoading, reload };
}
