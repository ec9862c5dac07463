import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgSequence, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const APPLICATION_STATUSES = [
  'draft',
  'waiting', // a bundle child waiting for another child's result
  'submitted',
  'supplement_requested',
  'not_accepted',
  'in_review',
  'approved',
  'denied',
  'delivered',
  'completed',
  'withdrawn',
  'in_progress', // a bundle parent while its children run
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** A material as it stands in a case: where it came from and what proves it. */
export interface CaseMaterial {
  id: string;
  /** fetched = e-licence or shared data the platform holds; upload = a file; commitment = signed statement. */
  provision: 'fetched' | 'upload' | 'commitment' | 'pending';
  /** pending: the item of the same life event whose e-licence will be attached when it is issued. */
  pendingFrom?: string;
  licenceId?: string;
  fileId?: string;
  sha256?: string;
  /** For commitments: the statement the applicant signed and when. */
  statement?: string;
  signedAt?: string;
  /** Where a fetched value came from (issuer or provider) and when it was fetched. */
  source?: string;
  fetchedAt?: string;
}

/** One case (办件). A life event is a parent case (kind bundle) with one child case per item. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<'single' | 'bundle' | 'child'>().notNull(),
    parentId: uuid('parent_id'),
    caseNumber: text('case_number'),
    applicantId: uuid('applicant_id').notNull(),
    applicantName: text('applicant_name').notNull(),
    status: text('status').$type<ApplicationStatus>().notNull(),
    /** Items: the standard item and the version the case was made under. Bundles: null. */
    itemCode: text('item_code'),
    itemVersion: integer('item_version'),
    lifeEventId: text('life_event_id'),
    implementationId: uuid('implementation_id'),
    /** The region the applicant applied in (scope) and the department that handles it. */
    regionCode: text('region_code').notNull(),
    departmentId: uuid('department_id'),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    /** The form as JSON, encrypted (it holds ID numbers, addresses, phones). */
    formEnc: text('form_enc').notNull(),
    materials: jsonb('materials').$type<CaseMaterial[]>().notNull().default(sql`'[]'::jsonb`),
    /** Bundle children: item codes whose result this case waits for. */
    dependsOn: text('depends_on').array().notNull().default(sql`'{}'::text[]`),
    /** Index of the current workflow step (0 = acceptance). */
    stepIndex: integer('step_index').notNull().default(0),
    assigneeId: uuid('assignee_id'),
    promisedDays: integer('promised_days').notNull().default(0),
    extensionDays: integer('extension_days').notNull().default(0),
    /** Working days the clock stood still while a supplement was awaited. */
    pausedDays: integer('paused_days').notNull().default(0),
    pausedOn: date('paused_on', { mode: 'string' }),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    dueOn: date('due_on', { mode: 'string' }),
    dueProvisional: boolean('due_provisional').notNull().default(false),
    deadlineState: text('deadline_state').$type<'on_time' | 'approaching' | 'overdue'>().notNull().default('on_time'),
    escalatedAt: timestamp('escalated_at', { withTimezone: true, mode: 'date' }),
    supplementCount: integer('supplement_count').notNull().default(0),
    supplementRequest: jsonb('supplement_request').$type<{ items: string[]; note: string; requestedAt: string; resumeStatus?: string } | null>(),
    decision: jsonb('decision').$type<{ outcome: string; reason?: string; legalBasis?: string; at: string } | null>(),
    licenceId: uuid('licence_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('applications__case_number__key').on(t.caseNumber),
    index('applications__applicant_id__idx').on(t.applicantId, t.createdAt),
    index('applications__department_id__idx').on(t.departmentId, t.status),
    index('applications__parent_id__idx').on(t.parentId),
    index('applications__status_updated__idx').on(t.status, t.updatedAt),
  ],
);

/** The timeline of a case: every transition with who, when and why. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('application_events__application_id__idx').on(t.applicationId, t.id)],
);

/**
 * Case number sequence. One sequence for all regions and days: `nextval` takes no row lock, so concurrent
 * submissions never queue on a counter (a per-district daily counter row did, under load). Numbers stay unique and
 * increasing; a failed submission leaves a gap, as case registers allow.
 */
export const caseNumberSeq = pgSequence('case_number_seq', { startWith: 1, increment: 1 });

/** 好差评: one rating per completed case by its applicant. */
export const caseRatings = pgTable('case_ratings', {
  applicationId: uuid('application_id').primaryKey(),
  raterId: uuid('rater_id').notNull(),
  score: smallint('score').notNull(),
  tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
  comment: text('comment'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
