import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
    bodyZh: text('body_zh'),
    bodyEn: text('body_en'),
    /** Where the notice leads in the web apps (e.g. /applications/<id>). */
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('notifications__user_id__idx').on(t.userId), uniqueIndex('notifications__source__key').on(t.sourceEventId, t.userId)],
);

/** SMS and e-mail copies of a notification, sent by an adapter with retries; the state shows what happened. */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    notificationId: uuid('notification_id').notNull(),
    channel: text('channel').$type<'sms' | 'email'>().notNull(),
    /** The phone number or address, encrypted. */
    addressEnc: text('address_enc').notNull(),
    state: text('state').$type<'pending' | 'sent' | 'failed'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Set while a worker is sending an attempt; another worker leaves the copy alone until it has passed. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true, mode: 'date' }),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('notification_deliveries__state__idx').on(t.state), index('notification_deliveries__notification_id__idx').on(t.notificationId)],
);
