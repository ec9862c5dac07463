import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ImplementationContent, LifeEventContent, StandardItemContent } from './catalogue-format';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The shared vocabulary of data elements (person.name, enterprise.creditCode …), also used by the data exchange. */
export const dataElements = pgTable('data_elements', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  subject: text('subject').notNull(),
  type: text('type').notNull(),
  isPersonalInformation: boolean('is_personal_information').notNull(),
  isSensitive: boolean('is_sensitive').notNull(),
});

export const standardItems = pgTable('standard_items', {
  code: text('code').primaryKey(),
  /** The published version offered now (null while only drafts exist or after withdrawal). */
  currentVersion: integer('current_version'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const ITEM_VERSION_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type ItemVersionStatus = (typeof ITEM_VERSION_STATUSES)[number];

/** Versions of a standard item: draft → published → withdrawn. Applications pin the version they were made under. */
export const standardItemVersions = pgTable(
  'standard_item_versions',
  {
    itemCode: text('item_code').notNull().references(() => standardItems.code),
    version: integer('version').notNull(),
    status: text('status').$type<ItemVersionStatus>().notNull(),
    content: jsonb('content').$type<StandardItemContent>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ name: 'standard_item_versions__pk', columns: [t.itemCode, t.version] }),
    uniqueIndex('standard_item_versions__one_draft__key').on(t.itemCode).where(sql`status = 'draft'`),
  ],
);

/** One row per published item: what search and lists read, rebuilt whenever a version is published or withdrawn. */
export const catalogSearch = pgTable(
  'catalog_search',
  {
    itemCode: text('item_code').primaryKey(),
    version: integer('version').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    type: text('type').notNull(),
    departmentKind: text('department_kind').notNull(),
    audience: text('audience').array().notNull(),
    themes: text('themes').array().notNull(),
    statutoryDays: integer('statutory_days').notNull(),
    /** Space-separated English words of the item, the vocabulary typo correction draws from. */
    englishWords: text('english_words').notNull(),
    /** Weighted search document: name tokens (A) and keywords, themes, materials (B); jieba-segmented Chinese. */
    document: tsvector('document').notNull(),
  },
  (t) => [index('catalog_search__document__idx').using('gin', t.document), index('catalog_search__department_kind__idx').on(t.departmentKind)],
);

/** A region's claim on a standard item (实施清单). Checked against the standard it was confirmed under. */
export const implementations = pgTable(
  'implementations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemCode: text('item_code').notNull().references(() => standardItems.code),
    regionCode: text('region_code').notNull(),
    departmentId: uuid('department_id').notNull(),
    /** The standard version this claim was last confirmed against. */
    standardVersion: integer('standard_version').notNull(),
    promisedDays: integer('promised_days').notNull(),
    visits: integer('visits').notNull(),
    content: jsonb('content').$type<ImplementationContent>().notNull(),
    needsReview: boolean('needs_review').notNull().default(false),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('implementations__item_region__key').on(t.itemCode, t.regionCode), index('implementations__region_code__idx').on(t.regionCode)],
);

export const lifeEvents = pgTable('life_events', {
  id: text('id').primaryKey(),
  content: jsonb('content').$type<LifeEventContent>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
