import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** In-app notifications (the inbox every user has); SMS/e-mail providers plug in behind the same events later. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    /** The event that caused it: one notification per event and user, however often the event is delivered. */
    sourceEventId: text('source_event_id').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('notifications__user_id__idx').on(t.userId), uniqueIndex('notifications__source__key').on(t.sourceEventId, t.userId)],
);
