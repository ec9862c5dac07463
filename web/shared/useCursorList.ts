// A cursor-paginated list with "load more": GET path?cursor=… until nextCursor is null.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from './api';
import { useSession } from './session';
import type { ListPage } from './types';

export interface CursorList<T> {
  items: T[];
  hasMore: boolean;
  isLoading: boolean;
  error: ApiError | undefined;
  loadMore: () => void;
  reload: () => void;
}

function withCursor(path: string, cursor: string | null): string {
  if (cursor === null) return path;
  return `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;
}

function asApiError(cause: unknown): ApiError {
  return cause instanceof ApiError ? cause : new ApiError(0, 'client.failed', cause instanceof Error ? cause.message : String(cause));
}

/** `path` may carry filters; changing it starts the list again from the first page. */
export function useCursorList<T>(path: string): CursorList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [error, setError] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  const controller = useRef<AbortController | null>(null);
  const { refresh } = useSession();

  const fetchPage = useCallback(
    (cursor: string | null) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setIsLoading(true);
      setError(undefined);
      api
        .get<ListPage<T>>(withCursor(path, cursor), current.signal)
        .then((page) => {
          setItems((previous) => (cursor === null ? page.items : [...previous, ...page.items]));
          setNextCursor(page.nextCursor ?? null);
          setIsLoading(false);
        })
        .catch((cause: unknown) => {
          if (current.signal.aborted) return;
          const apiError = asApiError(cause);
          setError(apiError);
          setIsLoading(false);
          // The session ended: re-reading it sends the user to the login page.
          if (apiError.isUnauthenticated) void refresh();
        });
    },
    [path, refresh],
  );

  useEffect(() => {
    setItems([]);
    setNextCursor(null);
    fetchPage(null);
    return () => controller.current?.abort();
  }, [fetchPage, generation]);

  const loadMore = useCallback(() => fetchPage(nextCursor), [fetchPage, nextCursor]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { items, hasMore: nextCursor !== null, isLoading, error, loadMore, reload };
}
