import { Type } from 'typebox';
import { CHANNELS, CONTACT_PREFERENCES, DEADLINE_STATES, INCIDENT_STATUSES, PART_ROLES, PART_STATUSES, PHOTO_KINDS, REQUEST_TYPES, URGENCIES } from '../model';

// HTTP shapes of incidents: intake, lists, the detail view and the actions. The web pages code against these.

export const Text2 = Type.Object({ zh: Type.String(), en: Type.String() });
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Named = Type.Object({ id: Type.String(), name: Text2 });
export const Coded = Type.Object({ code: Type.String(), name: Text2 });

export const Lat = Type.Number({ minimum: -90, maximum: 90 });
export const Lng = Type.Number({ minimum: -180, maximum: 180 });

/** `POST /governance/incidents`: citizen (portal), hotline operator, grid worker. Photos are uploaded first. */
export const IntakeInput = Type.Object(
  {
    description: Type.String({ minLength: 4, maxLength: 2000 }),
    /** Optional for citizens (the classifier suggests one); a leaf of the category tree. */
    categoryCode: Type.Optional(Type.String({ maxLength: 40 })),
    /** Hotline: the 12345 request type; others default to `report`. */
    requestType: Type.Optional(Type.Enum([...REQUEST_TYPES])),
    urgency: Type.Optional(Type.Enum([...URGENCIES])),
    lat: Type.Optional(Lat),
    lng: Type.Optional(Lng),
    address: Type.Optional(Type.String({ maxLength: 200 })),
    /** Ids from `POST /governance/photos`, at most 3. */
    photoIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 3 })),
    contactPreference: Type.Optional(Type.Enum([...CONTACT_PREFERENCES])),
    anonymous: Type.Optional(Type.Boolean()),
    /** Hotline: the caller's name and phone (stored encrypted, shown masked). */
    callerName: Type.Optional(Type.String({ maxLength: 60 })),
    callerPhone: Type.Optional(Type.String({ pattern: '^[0-9+\\- ]{5,20}$' })),
  },
  { additionalProperties: false },
);

export const IncidentsQuery = Type.Object({
  status: Type.Optional(Type.Enum([...INCIDENT_STATUSES])),
  /** `queue`: the dispatcher's (registered, returned); `mine`: my department's parts; `all`: everything in scope. */
  view: Type.Optional(Type.Union([Type.Literal('queue'), Type.Literal('mine'), Type.Literal('all')])),
  category: Type.Optional(Type.String({ maxLength: 40 })),
  grid: Type.Optional(Type.String({ maxLength: 40 })),
  region: Type.Optional(Type.String({ pattern: '^[0-9]{6,12}$' })),
  deadline: Type.Optional(Type.Enum([...DEADLINE_STATES])),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  cursor: Type.Optional(Type.String({ maxLength: 80 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

export const Suggestion = Type.Object({ category: Nullable(Coded), department: Nullable(Named), confidence: Type.Number() });

export const IncidentSummary = Type.Object({
  id: Type.String(),
  number: Type.String(),
  status: Type.Enum([...INCIDENT_STATUSES]),
  channel: Type.Enum([...CHANNELS]),
  requestType: Type.Enum([...REQUEST_TYPES]),
  urgency: Type.Enum([...URGENCIES]),
  category: Nullable(Coded),
  description: Type.String(),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  address: Nullable(Type.String()),
  grid: Nullable(Coded),
  /** Community, street and district, lowest first, as far as known. */
  regions: Type.Array(Coded),
  leadDepartment: Nullable(Named),
  deadlineAt: Nullable(Type.String()),
  deadlineState: Nullable(Type.Enum([...DEADLINE_STATES])),
  escalationLevel: Type.Integer({ minimum: 0, maximum: 3 }),
  duplicateOf: Nullable(Type.Object({ id: Type.String(), number: Type.String() })),
  duplicateCount: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});

export const IncidentPart = Type.Object({
  id: Type.String(),
  department: Named,
  role: Type.Enum([...PART_ROLES]),
  status: Type.Enum([...PART_STATUSES]),
  note: Nullable(Type.String()),
  handledAt: Nullable(Type.String()),
});

export const IncidentPhoto = Type.Object({ id: Type.String(), kind: Type.Enum([...PHOTO_KINDS]), url: Type.String(), partId: Nullable(Type.String()) });

export const TimelineEntry = Type.Object({
  at: Type.String(),
  action: Type.String(),
  actor: Type.String(),
  fromStatus: Nullable(Type.Enum([...INCIDENT_STATUSES])),
  toStatus: Nullable(Type.Enum([...INCIDENT_STATUSES])),
  note: Nullable(Type.String()),
});

export const IncidentDetail = Type.Intersect([
  IncidentSummary,
  Type.Object({
    suggestion: Nullable(Suggestion),
    parts: Type.Array(IncidentPart),
    photos: Type.Array(IncidentPhoto),
    timeline: Type.Array(TimelineEntry),
    /** Staff see the reporter's name and phone masked; the reporter sees their own; null for anonymous reports. */
    reporter: Nullable(Type.Object({ name: Nullable(Type.String()), phone: Nullable(Type.String()), contactPreference: Type.Enum([...CONTACT_PREFERENCES]) })),
    anonymous: Type.Boolean(),
    rating: Nullable(Type.Integer({ minimum: 1, maximum: 5 })),
    /** Until when the reporter may reopen it (after it was handled or closed). */
    reopenUntil: Nullable(Type.String()),
    duplicates: Type.Array(Type.Object({ id: Type.String(), number: Type.String(), createdAt: Type.String() })),
    /** What the caller may do now, in this state, with their roles: the pages show only these buttons. */
    allowedActions: Type.Array(Type.String()),
  }),
]);

export const IncidentsPage = Type.Object({ items: Type.Array(IncidentSummary), nextCursor: Nullable(Type.String()) });

/**
 * `POST /governance/incidents/{id}/actions/{action}` with `If-Match: "<version>"` (staff actions). Each action reads
 * the fields it needs; the rest are refused (additionalProperties false).
 *   dispatch  { leadDepartmentId, assistingDepartmentIds?, categoryCode?, urgency?, note? }   dispatcher
 *   accept    { note? }                       lead department handler
 *   start     { note? }                       lead department handler
 *   handle    { note, photoIds (≥ 1) }        handler of the lead or an assisting part (their own part)
 *   return    { reason }                      lead department handler (退单, back to the dispatcher)
 *   verify    { passed, note? }               grid worker of its grid, or dispatcher (not passed → in progress)
 *   answer    { note, itemCode? }             hotline operator/dispatcher: an enquiry answered on the spot → closed
 *   close     { note }                        dispatcher (invalid, or sensor back to normal)
 *   link      { parentId }                    dispatcher: mark as a duplicate of an open incident
 *   unlink    {}                              dispatcher
 *   reopen    { reason }                      reporter, within the window after handling
 *   rate      { rating 1–5, comment? }        reporter, after verification: closes it
 */
export const ActionInput = Type.Object(
  {
    leadDepartmentId: Type.Optional(Type.String({ format: 'uuid' })),
    assistingDepartmentIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 5 })),
    categoryCode: Type.Optional(Type.String({ maxLength: 40 })),
    urgency: Type.Optional(Type.Enum([...URGENCIES])),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
    reason: Type.Optional(Type.String({ maxLength: 1000 })),
    photoIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 3 })),
    passed: Type.Optional(Type.Boolean()),
    itemCode: Type.Optional(Type.String({ maxLength: 40 })),
    parentId: Type.Optional(Type.String({ format: 'uuid' })),
    rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
    comment: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const PhotoUploaded = Type.Object({ id: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer() });

/** The public map: incidents of public categories, anonymised (no text beyond the category, place rounded). */
export const PublicIncident = Type.Object({
  id: Type.String(),
  category: Coded,
  status: Type.Enum([...INCIDENT_STATUSES]),
  lat: Type.Number(),
  lng: Type.Number(),
  createdAt: Type.String(),
});

/** The 12345 knowledge base: service guides matching the operator's question. */
export const KnowledgeResults = Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), name: Text2, summary: Text2, link: Type.String() })) });
