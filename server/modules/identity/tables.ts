import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const REGION_LEVELS = ['province', 'city', 'district', 'street', 'community'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    level: text('level').$type<RegionLevel>().notNull(),
    parentCode: text('parent_code'),
    /** Materialised path of codes joined by '.', root first: a subtree is `path LIKE 'a.b%'`. */
    path: text('path').notNull(),
  },
  (t) => [index('regions__path__idx').on(t.path), index('regions__parent_code__idx').on(t.parentCode)],
);

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique('departments__code__key'),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    kind: text('kind').notNull(),
    regionCode: text('region_code').notNull().references(() => regions.code),
    parentId: uuid('parent_id'),
  },
  (t) => [index('departments__region_code__idx').on(t.regionCode)],
);

export const USER_KINDS = ['citizen', 'enterprise', 'staff'] as const;
export type UserKind = (typeof USER_KINDS)[number];

/**
 * People and organisations who sign in. Personal data columns ending in `_enc` hold AES-256-GCM ciphertext;
 * `_bidx` columns hold HMAC blind indexes for exact lookup. Nothing here is personal data in clear.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<UserKind>().notNull(),
    name: text('name').notNull(),
    username: text('username'),
    loginBidx: text('login_bidx').notNull(),
    passwordHash: text('password_hash').notNull(),
    regionCode: text('region_code').references(() => regions.code),
    idNumberEnc: text('id_number_enc'),
    idNumberBidx: text('id_number_bidx'),
    mobileEnc: text('mobile_enc'),
    mobileBidx: text('mobile_bidx'),
    addressEnc: text('address_enc'),
    /** Optional e-mail address for notices, encrypted. */
    emailEnc: text('email_enc'),
    creditCodeEnc: text('credit_code_enc'),
    creditCodeBidx: text('credit_code_bidx'),
    legalRepresentative: text('legal_representative'),
    totpSecretEnc: text('totp_secret_enc'),
    totpEnrolledAt: timestamp('totp_enrolled_at', { withTimezone: true, mode: 'date' }),
    /** Last accepted TOTP time step: a code is never accepted twice (replay). */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    status: text('status').notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users__login_bidx__key').on(t.loginBidx),
    uniqueIndex('users__username__key').on(t.username),
    uniqueIndex('users__id_number_bidx__key').on(t.idNumberBidx),
    uniqueIndex('users__credit_code_bidx__key').on(t.creditCodeBidx),
    index('users__region_code__idx').on(t.regionCode),
    index('users__mobile_bidx__idx').on(t.mobileBidx),
  ],
);

export const STAFF_ROLES = [
  'window_clerk',
  'reviewer',
  'approver',
  'dispatcher',
  'incident_handler',
  'grid_worker',
  'data_steward',
  'department_admin',
  'department_head',
  'system_admin',
  'security_admin',
  'audit_admin',
] as const;
export type StaffRoleName = (typeof STAFF_ROLES)[number];
export const ADMIN_ROLES = ['system_admin', 'security_admin', 'audit_admin'] as const;

/** A staff member's role in a department. At most one of the three admin roles per account (partial unique index). */
export const staffRoles = pgTable(
  'staff_roles',
  {
    userId: uuid('user_id').notNull().references(() => users.id),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    role: text('role').$type<StaffRoleName>().notNull(),
  },
  (t) => [
    primaryKey({ name: 'staff_roles__pk', columns: [t.userId, t.departmentId, t.role] }),
    uniqueIndex('staff_roles__admin_role__key')
      .on(t.userId)
      .where(sql`role IN ('system_admin', 'security_admin', 'audit_admin')`),
  ],
);

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('recovery_codes__user_id__idx').on(t.userId)],
);

export const SESSION_STATES = ['pending_totp', 'pending_enrolment', 'active'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    state: text('state').$type<SessionState>().notNull(),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions__user_id__idx').on(t.userId)],
);

/** Failed-login counters per account and per IP; locks are temporary and capped so no one is locked out for good. */
export const loginThrottles = pgTable('login_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
