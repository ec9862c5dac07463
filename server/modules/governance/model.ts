// City governance (一网统管): the words of the domain, shared by every part of the module and the web pages.

export interface I18nText {
  zh: string;
  en: string;
}

/** Where an incident came from. */
export const CHANNELS = ['citizen', 'hotline', 'grid', 'sensor', 'open311'] as const;
export type Channel = (typeof CHANNELS)[number];

/** 12345 request types: 咨询 求助 投诉 举报 建议, thanks, other. */
export const REQUEST_TYPES = ['enquiry', 'help', 'complaint', 'report', 'suggestion', 'thanks', 'other'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * The loop: registered → dispatched → accepted → in_progress → handled → verified → closed.
 * `returned` (退单) is back in the dispatcher's queue. A duplicate keeps its own status but follows its parent.
 */
export const INCIDENT_STATUSES = ['registered', 'returned', 'dispatched', 'accepted', 'in_progress', 'handled', 'verified', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const OPEN_STATUSES: readonly IncidentStatus[] = ['registered', 'returned', 'dispatched', 'accepted', 'in_progress', 'handled'];

export const INCIDENT_ACTIONS = ['dispatch', 'accept', 'start', 'handle', 'return', 'verify', 'reopen', 'rate', 'answer', 'close', 'link', 'unlink'] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

/** Each department's share of an incident: the lead and any assisting departments. */
export const PART_ROLES = ['lead', 'assist'] as const;
export type PartRole = (typeof PART_ROLES)[number];
export const PART_STATUSES = ['open', 'accepted', 'handled'] as const;
export type PartStatus = (typeof PART_STATUSES)[number];

export const DEADLINE_STATES = ['on_time', 'approaching', 'overdue'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Escalation ladder: 0 none, then street → district → city. */
export const ESCALATION_LEVELS = ['none', 'street', 'district', 'city'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const CONTACT_PREFERENCES = ['sms', 'phone', 'none'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

export const PHOTO_KINDS = ['report', 'evidence'] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** GeoJSON (RFC 7946) polygon: rings of [lng, lat] positions, first = last. */
export interface GeoPolygon {
  type: 'Polygon';
  coordinates: [number, number][][];
}

/** A point resolved on the map of grids: grid → community → street → district. */
export interface Place {
  gridCode: string | null;
  communityCode: string | null;
  streetCode: string | null;
  districtCode: string;
  /** True when the point is outside every grid and was routed to the nearest district. */
  outside: boolean;
}

/** Scopes an intake API key may hold. */
export const INTAKE_SCOPES = ['sensors', 'open311'] as const;
export type IntakeScope = (typeof INTAKE_SCOPES)[number];
