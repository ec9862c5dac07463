import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Uploaded files: the bytes live in the storage backend (filesystem by default); the database keeps the facts. */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id').notNull(),
    /** Where the backend keeps the bytes (never a path a client chose). */
    storageKey: text('storage_key').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    /** Set when the file became part of a submitted application; unattached files are purged with drafts. */
    attachedTo: uuid('attached_to'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('stored_files__owner_id__idx').on(t.ownerId), index('stored_files__attached_to__idx').on(t.attachedTo)],
);
