import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  Classification,
  Grade,
  I18nText,
  QualityReport,
  RequestStatus,
  ResourceField,
  SharingMethod,
  SharingType,
  SubjectKind,
  UpdateCycle,
  UsageBasis,
  UsageMethod,
  UsageResult,
} from './model';

/** 政务数据资源目录: one row per data resource a department (the data steward) publishes. */
export const dataResources = pgTable(
  'data_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: jsonb('name').$type<I18nText>().notNull(),
    description: jsonb('description').$type<I18nText>().notNull(),
    classification: jsonb('classification').$type<Classification>().notNull(),
    providerDepartmentId: uuid('provider_department_id').notNull(),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    fields: jsonb('fields').$type<ResourceField[]>().notNull(),
    /** Codes of the resources this one is derived from (a join or view); its grade is the highest of theirs. */
    derivedFrom: text('derived_from').array().notNull().default(sql`'{}'::text[]`),
    grade: text('grade').$type<Grade>().notNull(),
    sharingType: text('sharing_type').$type<SharingType>().notNull(),
    /** Required when sharing type is not_shared. */
    notSharedBasis: text('not_shared_basis'),
    method: text('method').$type<SharingMethod>().notNull(),
    openData: boolean('open_data').notNull().default(false),
    updateCycle: text('update_cycle').$type<UpdateCycle>().notNull(),
    /** Per-resource rule: these field keys identify a record together (besides the subject). */
    uniqueFields: text('unique_fields').array().notNull().default(sql`'{}'::text[]`),
    releasedOn: date('released_on', { mode: 'string' }),
    status: text('status').$type<'draft' | 'published' | 'withdrawn'>().notNull().default('published'),
    quality: jsonb('quality').$type<QualityReport>(),
    /** When the provider last loaded records (freshness is judged against the update cycle). */
    lastLoadedAt: timestamp('last_loaded_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('data_resources__code__key').on(t.code), index('data_resources__provider__idx').on(t.providerDepartmentId)],
);

/**
 * Hosted records keyed by a subject: the blind index of a resident ID or credit code (never the clear value).
 * The record's fields are one encrypted JSON value (AAD 'data_records.data').
 */
export const dataRecords = pgTable(
  'data_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resourceId: uuid('resource_id').notNull(),
    subjectBidx: text('subject_bidx').notNull(),
    dataEnc: text('data_enc').notNull(),
    /** Field keys that failed a quality rule at the last load (for the per-resource report). */
    issues: jsonb('issues').$type<{ field?: string; rule: string }[]>().notNull().default(sql`'[]'::jsonb`),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('data_records__resource__subject__key').on(t.resourceId, t.subjectBidx)],
);

/** A CSV/XLSX import: progress while it runs, the per-row error report after. */
export const dataImports = pgTable(
  'data_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resourceId: uuid('resource_id').notNull(),
    fileName: text('file_name').notNull(),
    status: text('status').$type<'running' | 'done' | 'failed'>().notNull().default('running'),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    acceptedRows: integer('accepted_rows').notNull().default(0),
    errors: jsonb('errors').$type<{ row: number; field?: string; rule: string; message: string }[]>().notNull().default(sql`'[]'::jsonb`),
    /** The uploaded file (encrypted, AAD 'data_imports.file') while the import runs; removed when it ends. */
    storageKey: text('storage_key'),
    /** Set after every chunk: a running import whose heartbeat is old was cut off and is resumed from the file. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('data_imports__resource__idx').on(t.resourceId, t.createdAt), index('data_imports__running__idx').on(t.status, t.heartbeatAt)],
);

/**
 * A sharing request; once approved it is the grant the gateway checks (fields, plain fields, rate, expiry).
 * compliance_check → (unconditional) approved | provider_review → (important/core) higher_review → approved;
 * refused with a reason at any step; an approved grant can be revoked.
 */
export const sharingRequests = pgTable(
  'sharing_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    consumerDepartmentId: uuid('consumer_department_id').notNull(),
    resourceId: uuid('resource_id').notNull(),
    purpose: text('purpose').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** The item's legal basis makes using the data a statutory duty: no separate consent for sensitive fields. */
    statutory: boolean('statutory').notNull().default(false),
    requestedFields: text('requested_fields').array().notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodUntil: date('period_until', { mode: 'string' }).notNull(),
    status: text('status').$type<RequestStatus>().notNull(),
    /** The current step's due date (working days on the official calendar). */
    dueOn: date('due_on', { mode: 'string' }),
    remindedAt: timestamp('reminded_at', { withTimezone: true, mode: 'date' }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true, mode: 'date' }),
    grantedFields: text('granted_fields').array(),
    /** Sensitive fields the consumer may receive unmasked. */
    plainFields: text('plain_fields').array(),
    ratePerMinute: integer('rate_per_minute'),
    expiresOn: date('expires_on', { mode: 'string' }),
    refusalReason: text('refusal_reason'),
    decisions: jsonb('decisions').$type<{ step: RequestStatus; by: string; departmentId: string; at: string; outcome: 'passed' | 'approved' | 'refused' | 'revoked'; note?: string }[]>().notNull().default(sql`'[]'::jsonb`),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sharing_requests__number__key').on(t.number),
    index('sharing_requests__consumer__idx').on(t.consumerDepartmentId, t.status),
    index('sharing_requests__resource__idx').on(t.resourceId, t.status),
  ],
);

/** API keys of consumer systems: the secret is shown once; only its SHA-256 is stored. Scoped to grants. */
export const exchangeApiKeys = pgTable(
  'exchange_api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consumerDepartmentId: uuid('consumer_department_id').notNull(),
    name: text('name').notNull(),
    /** The first characters of the key, shown in lists so a key can be recognised. */
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    /** Grants (approved sharing requests) the key may use; empty = none. */
    grantIds: uuid('grant_ids').array().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('exchange_api_keys__secret_hash__key').on(t.secretHash), index('exchange_api_keys__consumer__idx').on(t.consumerDepartmentId)],
);

/**
 * Exchange records: every gateway call, allowed or refused, and every once-only fetch. Append-only (trigger);
 * chained and signed like the audit log (exchange_seals, exchange_checkpoints). The subject (blind index) sees
 * its own rows on "who used my data".
 */
export const exchangeRecords = pgTable(
  'exchange_records',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    method: text('method').$type<UsageMethod>().notNull(),
    callerKind: text('caller_kind').$type<'api_key' | 'staff' | 'broker'>().notNull(),
    callerDepartmentId: uuid('caller_department_id'),
    apiKeyId: uuid('api_key_id'),
    actorId: uuid('actor_id'),
    grantId: uuid('grant_id'),
    resourceCode: text('resource_code').notNull(),
    providerDepartmentId: uuid('provider_department_id'),
    subjectBidx: text('subject_bidx'),
    fields: text('fields').array().notNull(),
    purpose: text('purpose').notNull(),
    caseRef: text('case_ref'),
    basis: text('basis').$type<UsageBasis>(),
    result: text('result').$type<UsageResult>().notNull(),
    reason: text('reason'),
    requestId: text('request_id'),
  },
  (t) => [
    index('exchange_records__subject__idx').on(t.subjectBidx, t.at),
    index('exchange_records__provider__idx').on(t.providerDepartmentId, t.at),
    index('exchange_records__caller__idx').on(t.callerDepartmentId, t.at),
  ],
);

export const exchangeSeals = pgTable('exchange_seals', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  recordId: bigint('record_id', { mode: 'number' }).notNull().unique('exchange_seals__record_id__key'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const exchangeCheckpoints = pgTable('exchange_checkpoints', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  jws: text('jws').notNull(),
  keyId: text('key_id').notNull(),
  records: integer('records').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** A citizen's (or enterprise's) report that a use of their data was wrong: a review case for the audit admin. */
export const usageReports = pgTable(
  'usage_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: bigint('record_id', { mode: 'number' }).notNull(),
    reporterUserId: uuid('reporter_user_id').notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<'open' | 'upheld' | 'dismissed'>().notNull().default('open'),
    decision: text('decision'),
    decidedBy: uuid('decided_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('usage_reports__status__idx').on(t.status, t.createdAt), uniqueIndex('usage_reports__record__reporter__key').on(t.recordId, t.reporterUserId)],
);
