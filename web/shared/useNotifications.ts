// The signed-in user's inbox: the newest notices with the unread count, refreshed now and then, marked read on use.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from './api';
import type { NotificationView } from '../../server/modules/notifications/list-notifications';

/** One notice as the inbox API sends it (the server's own type). */
export type NotificationItem = NotificationView;

interface InboxPage {
  items: NotificationItem[];
  nextCursor: string | null;
  unreadCount: number;
}

const PAGE_SIZE = 10;
const REFRESH_MS = 60_000;

function asApiError(cause: unknown): ApiError {
  return cause instanceof ApiError ? cause : new ApiError(0, 'client.failed', cause instanceof Error ? cause.message : String(cause));
}

export function useNotifications(isEnabled: boolean) {
  const [items, setItems] = useState<NotificationItem[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [unreadCount, setUnreadCount] = useState(0);
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<ApiError>();
  const controller = useRef<AbortController | null>(null);

  const load = useCallback((cursor: string | null) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setIsLoading(true);
    const query = cursor === null ? `?limit=${PAGE_SIZE}` : `?limit=${PAGE_SIZE}&cursor=${encodeURIComponent(cursor)}`;
    api
      .get<InboxPage>(`/notifications${query}`, current.signal)
      .then((page) => {
        setItems((previous) => (cursor === null ? page.items : [...previous, ...page.items]));
        setNextCursor(page.nextCursor);
        setUnreadCount(page.unreadCount);
        setError(undefined);
        setIsLoading(false);
      })
      .catch((cause: unknown) => {
        if (current.signal.aborted) return;
        setError(asApiError(cause));
        setIsLoading(false);
      });
  }, []);

  const refresh = useCallback(() => load(null), [load]);

  useEffect(() => {
    if (!isEnabled) return undefined;
    refresh();
    const timer = window.setInterval(refresh, REFRESH_MS);
    return () => {
      window.clearInterval(timer);
      controller.current?.abort();
    };
  }, [isEnabled, refresh]);

  // Marking read may fail (network, session ended): the error shows in the list, the notice stays unread.
  const markRead = useCallback(async (id: string) => {
    try {
      const result = await api.post<{ unreadCount: number }>(`/notifications/${id}/read`);
      const now = new Date().toISOString();
      setItems((previous) => previous.map((item) => (item.id === id ? { ...item, readAt: item.readAt ?? now } : item)));
      setUnreadCount(result.unreadCount);
    } catch (cause) {
      setError(asApiError(cause));
    }
  }, []);

  const markAllRead = useCallback(async () => {
    try {
      const result = await api.post<{ unreadCount: number }>('/notifications/read-all');
      const now = new Date().toISOString();
      setItems((previous) => previous.map((item) => ({ ...item, readAt: item.readAt ?? now })));
      setUnreadCount(result.unreadCount);
    } catch (cause) {
      setError(asApiError(cause));
    }
  }, []);

  const loadMore = useCallback(() => load(nextCursor), [load, nextCursor]);
  return { items, unreadCount, hasMore: nextCursor !== null, isLoading, error, refresh, loadMore, markRead, markAllRead };
}
