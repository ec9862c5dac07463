import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { notifications } from './tables';

export interface NotificationView {
  id: string;
  kind: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string | null;
  bodyEn: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** The signed-in user's id; every inbox query is bound to it. */
export function inboxOwner(ctx: UseCaseContext): string {
  if (!ctx.actor) throw new AppError('auth.unauthenticated');
  return ctx.actor.userId;
}

export async function unreadCount(ctx: UseCaseContext, userId: string): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The user's own notifications, newest first; the cursor is the last id seen. */
export async function listNotifications(ctx: UseCaseContext, input: { cursor?: string; limit: number }) {
  const userId = inboxOwner(ctx);
  // Keyset on (created_at, id), read from the cursor row itself so timestamps keep their full precision.
  const after = input.cursor
    ? sql`(${notifications.createdAt}, ${notifications.id}) < (SELECT c.created_at, c.id FROM notifications c WHERE c.id = ${input.cursor} AND c.user_id = ${userId})`
    : undefined;
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), after))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const items: NotificationView[] = page.map((n) => ({
    id: n.id,
    kind: n.kind,
    titleZh: n.titleZh,
    titleEn: n.titleEn,
    bodyZh: n.bodyZh,
    bodyEn: n.bodyEn,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  }));
  return { items, nextCursor: rows.length > input.limit ? (page[page.length - 1]?.id ?? null) : null, unreadCount: await unreadCount(ctx, userId) };
}
