import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Transactional outbox: events written in the business transaction, relayed to job handlers afterwards. */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    topic: text('topic').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    relayedAt: timestamp('relayed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('outbox_events__unrelayed__idx').on(t.id).where(sql`relayed_at IS NULL`)],
);

/** Which handler has already processed which event: makes handlers idempotent under redelivery. */
export const processedEvents = pgTable(
  'processed_events',
  {
    eventId: text('event_id').notNull(),
    handler: text('handler').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'processed_events__pk', columns: [t.eventId, t.handler] })],
);
