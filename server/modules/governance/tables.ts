import { sql } from 'drizzle-orm';
import { bigserial, boolean, pgSequence, doublePrecision, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  Channel,
  ContactPreference,
  DeadlineState,
  GeoPolygon,
  I18nText,
  IncidentStatus,
  IntakeScope,
  PartRole,
  PartStatus,
  PhotoKind,
  RequestType,
  Urgency,
} from './model';

/** Incident numbers (12345-style, e.g. 339902-20261128-G000042) come from one sequence that never resets. */
export const incidentNumberSeq = pgSequence('incident_number_seq');

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The category tree; each leaf names the kind of department responsible and its deadlines. */
export const incidentCategories = pgTable('incident_categories', {
  code: text('code').primaryKey(),
  parentCode: text('parent_code'),
  name: jsonb('name').$type<I18nText>().notNull(),
  /** Leaves only: the department kind that handles it (urban_management, ecology_environment…). */
  departmentKind: text('department_kind'),
  /** Deadline when urgent, in hours. */
  urgentHours: integer('urgent_hours').notNull().default(24),
  /** Deadline otherwise, in working days on the official calendar. */
  workingDays: integer('working_days').notNull().default(5),
  /** Anyone may see its incidents, anonymised, on the public map. */
  public: boolean('public').notNull().default(false),
  /** Citizens may report it without giving their name. */
  anonymousAllowed: boolean('anonymous_allowed').notNull().default(false),
  /** Open311 service attributes (a dynamic form), GeoReport v2 shape. */
  attributes: jsonb('attributes').$type<Record<string, unknown>[]>().notNull().default(sql`'[]'::jsonb`),
  sortOrder: integer('sort_order').notNull().default(0),
});

/** 网格: a GeoJSON polygon under a community, with its grid worker. */
export const grids = pgTable(
  'grids',
  {
    code: text('code').primaryKey(),
    name: jsonb('name').$type<I18nText>().notNull(),
    communityCode: text('community_code').notNull(),
    geometry: jsonb('geometry').$type<GeoPolygon>().notNull(),
    minLng: doublePrecision('min_lng').notNull(),
    minLat: doublePrecision('min_lat').notNull(),
    maxLng: doublePrecision('max_lng').notNull(),
    maxLat: doublePrecision('max_lat').notNull(),
    workerUserId: uuid('worker_user_id'),
  },
  (t) => [index('grids__community_code__idx').on(t.communityCode), index('grids__worker_user_id__idx').on(t.workerUserId)],
);

/** Category × region → lead department (+ assisting ones). The most specific region that contains the place wins. */
export const dispatchRules = pgTable(
  'dispatch_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    categoryCode: text('category_code').notNull(),
    /** A grid code or a region code (community, street, district, city). */
    placeCode: text('place_code').notNull(),
    leadDepartmentId: uuid('lead_department_id').notNull(),
    assistingDepartmentIds: uuid('assisting_department_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Dispatch without the dispatcher when the classification is confident too. */
    automatic: boolean('automatic').notNull().default(true),
  },
  (t) => [uniqueIndex('dispatch_rules__category_place__key').on(t.categoryCode, t.placeCode)],
);

export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique('incidents__number__key'),
    channel: text('channel').$type<Channel>().notNull(),
    requestType: text('request_type').$type<RequestType>().notNull().default('report'),
    status: text('status').$type<IncidentStatus>().notNull(),
    urgency: text('urgency').$type<Urgency>().notNull().default('normal'),
    categoryCode: text('category_code'),
    /** What the classifier suggested, with its confidence (0–1) and model. */
    suggestedCategoryCode: text('suggested_category_code'),
    suggestionConfidence: real('suggestion_confidence'),
    classifierModelId: uuid('classifier_model_id'),
    description: text('description').notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    address: text('address'),
    gridCode: text('grid_code'),
    communityCode: text('community_code'),
    streetCode: text('street_code'),
    districtCode: text('district_code').notNull(),
    leadDepartmentId: uuid('lead_department_id'),
    /** The user who reported it (citizen, operator, grid worker); null for sensors and API clients. */
    reporterUserId: uuid('reporter_user_id'),
    reporterName: text('reporter_name'),
    /** The caller's or reporter's phone, encrypted (AAD `incidents.reporter_phone`). */
    reporterPhoneEnc: text('reporter_phone_enc'),
    contactPreference: text('contact_preference').$type<ContactPreference>().notNull().default('none'),
    anonymous: boolean('anonymous').notNull().default(false),
    /** The API client (sensor feed, Open311) that filed it. */
    intakeClientId: uuid('intake_client_id'),
    /** Open311 attribute values, keyed by attribute code. */
    attributes: jsonb('attributes').$type<Record<string, unknown>>(),
    /** A duplicate follows the open incident it was linked to. */
    duplicateOf: uuid('duplicate_of'),
    deadlineAt: ts('deadline_at'),
    deadlineState: text('deadline_state').$type<DeadlineState>(),
    /** 0 none, 1 street, 2 district, 3 city. */
    escalationLevel: integer('escalation_level').notNull().default(0),
    dispatchedAt: ts('dispatched_at'),
    handledAt: ts('handled_at'),
    verifiedAt: ts('verified_at'),
    closedAt: ts('closed_at'),
    rating: integer('rating'),
    ratingComment: text('rating_comment'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('incidents__status__idx').on(t.status),
    index('incidents__district_code__created_at__idx').on(t.districtCode, t.createdAt),
    index('incidents__lead_department_id__status__idx').on(t.leadDepartmentId, t.status),
    index('incidents__reporter_user_id__idx').on(t.reporterUserId),
    index('incidents__duplicate_of__idx').on(t.duplicateOf),
    index('incidents__grid_code__idx').on(t.gridCode),
    // The fusion check: open incidents of one category in a time window, then a box around the point. lat and lng
    // are key columns so the box is an index condition too: only the rows inside it are read from the table (with
    // 1,000,000 incidents, thousands of open ones per category fall in the window and only a few in the box).
    index('incidents__open_category_created_lat_lng__idx')
      .on(t.categoryCode, t.createdAt, t.lat, t.lng)
      .where(sql`status IN ('registered', 'returned', 'dispatched', 'accepted', 'in_progress', 'handled') AND duplicate_of IS NULL`),
    index('incidents__created_at__idx').on(t.createdAt),
  ],
);

/** Each department's share: the lead's part and the assisting departments' parts. */
export const incidentParts = pgTable(
  'incident_parts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    role: text('role').$type<PartRole>().notNull(),
    status: text('status').$type<PartStatus>().notNull().default('open'),
    note: text('note'),
    handledBy: uuid('handled_by'),
    handledAt: ts('handled_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('incident_parts__incident_id__idx').on(t.incidentId), index('incident_parts__department_id__status__idx').on(t.departmentId, t.status)],
);

/** The timeline: every change, by whom, with its note. `public` entries are shown to the reporter. */
export const incidentEvents = pgTable(
  'incident_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    incidentId: uuid('incident_id').notNull(),
    at: ts('at').notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status').$type<IncidentStatus>(),
    toStatus: text('to_status').$type<IncidentStatus>(),
    note: text('note'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    public: boolean('public').notNull().default(true),
  },
  (t) => [index('incident_events__incident_id__idx').on(t.incidentId, t.id)],
);

/** Photos of a report or of the handling evidence; the bytes are stored files (content-checked). */
export const incidentPhotos = pgTable(
  'incident_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id').notNull(),
    fileId: uuid('file_id').notNull(),
    kind: text('kind').$type<PhotoKind>().notNull(),
    partId: uuid('part_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('incident_photos__incident_id__idx').on(t.incidentId), uniqueIndex('incident_photos__file_id__key').on(t.fileId)],
);

/** Systems that file incidents: sensor feeds and Open311 clients. Keys are shown once, stored hashed. */
export const intakeClients = pgTable('intake_clients', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  keyPrefix: text('key_prefix').notNull().unique('intake_clients__key_prefix__key'),
  secretHash: text('secret_hash').notNull(),
  scopes: text('scopes').array().$type<IntakeScope[]>().notNull(),
  departmentId: uuid('department_id'),
  createdAt: ts('created_at').notNull().defaultNow(),
  revokedAt: ts('revoked_at'),
});

export const sensors = pgTable('sensors', {
  code: text('code').primaryKey(),
  kind: text('kind').notNull(),
  name: jsonb('name').$type<I18nText>().notNull(),
  lat: doublePrecision('lat').notNull(),
  lng: doublePrecision('lng').notNull(),
  /** The intake client whose key may report for it. */
  intakeClientId: uuid('intake_client_id').notNull(),
});

/** A threshold per sensor kind (and optionally a place): above `openAbove` opens an episode, below `closeBelow` ends it. */
export const sensorRules = pgTable('sensor_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  /** Null: every place; else a grid or region code the sensor must be in. */
  placeCode: text('place_code'),
  metric: text('metric').notNull(),
  openAbove: doublePrecision('open_above').notNull(),
  closeBelow: doublePrecision('close_below').notNull(),
  categoryCode: text('category_code').notNull(),
  urgency: text('urgency').$type<Urgency>().notNull().default('normal'),
});

export const sensorReadings = pgTable(
  'sensor_readings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sensorCode: text('sensor_code').notNull(),
    metric: text('metric').notNull(),
    value: doublePrecision('value').notNull(),
    measuredAt: ts('measured_at').notNull(),
    receivedAt: ts('received_at').notNull().defaultNow(),
  },
  (t) => [index('sensor_readings__sensor_code__measured_at__idx').on(t.sensorCode, t.measuredAt)],
);

/** One episode of readings beyond a threshold: one incident, however many readings. */
export const sensorEpisodes = pgTable(
  'sensor_episodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sensorCode: text('sensor_code').notNull(),
    ruleId: uuid('rule_id').notNull(),
    incidentId: uuid('incident_id').notNull(),
    openedAt: ts('opened_at').notNull(),
    closedAt: ts('closed_at'),
    peak: doublePrecision('peak').notNull(),
    readings: integer('readings').notNull().default(1),
  },
  (t) => [uniqueIndex('sensor_episodes__one_open__key').on(t.sensorCode, t.ruleId).where(sql`closed_at IS NULL`)],
);

/** A trained classifier: multinomial naive Bayes over jieba tokens, with its held-out accuracy. */
export const classifierModels = pgTable('classifier_models', {
  id: uuid('id').primaryKey().defaultRandom(),
  algorithm: text('algorithm').notNull(),
  trainedAt: ts('trained_at').notNull().defaultNow(),
  trainCount: integer('train_count').notNull(),
  testCount: integer('test_count').notNull(),
  accuracy: real('accuracy').notNull(),
  /** Per-category accuracy and counts on the held-out split. */
  report: jsonb('report').$type<Record<string, unknown>>().notNull(),
  /** The learned parameters (priors, token log-likelihoods). */
  parameters: jsonb('parameters').$type<Record<string, unknown>>().notNull(),
  active: boolean('active').notNull().default(false),
});
