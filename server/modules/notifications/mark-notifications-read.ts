import { and, eq, isNull, sql } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { inboxOwner, unreadCount } from './list-notifications';
import { notifications } from './tables';

// Reading one's own notices is not audited: it changes nothing anyone else relies on.

/** Marks one of the user's own notifications read (again is fine); another user's is "not found". */
export async function markNotificationRead(ctx: UseCaseContext, id: string): Promise<{ unreadCount: number }> {
  const userId = inboxOwner(ctx);
  const updated = await ctx.db
    .update(notifications)
    .set({ readAt: sql`COALESCE(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  if (updated.length === 0) {
    throw new AppError('notifications.not_found');
  }
  return { unreadCount: await unreadCount(ctx, userId) };
}

/** Marks every unread notification of the user read. */
export async function markAllNotificationsRead(ctx: UseCaseContext): Promise<{ unreadCount: number; marked: number }> {
  const userId = inboxOwner(ctx);
  const updated = await ctx.db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { unreadCount: await unreadCount(ctx, userId), marked: updated.length };
}
