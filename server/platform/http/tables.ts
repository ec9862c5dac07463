import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Idempotency-Key records: same key + same body → the first response; in flight → 409; other body → 422. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** Who sent it (user id or API key id): keys are scoped to their sender. */
    principal: text('principal').notNull(),
    key: text('key').notNull(),
    scope: text('scope').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state').$type<'in_flight' | 'done'>().notNull(),
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'idempotency_keys__pk', columns: [t.principal, t.scope, t.key] })],
);
