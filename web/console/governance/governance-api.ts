// The console's calls to the city-governance API and the shapes it answers (mirroring
// server/modules/governance/incidents/schemas.ts). Staff actions carry If-Match with the version the page shows.
import { ApiError, apiRequest, errorFromAnswer, parseJson, requestHeaders } from '../../shared/api';

export const INCIDENT_STATUSES = ['registered', 'returned', 'dispatched', 'accepted', 'in_progress', 'handled', 'verified', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const REQUEST_TYPES = ['enquiry', 'help', 'complaint', 'report', 'suggestion', 'thanks', 'other'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const DEADLINE_STATES = ['on_time', 'approaching', 'overdue'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export type Urgency = 'normal' | 'urgent';

export interface Text2 {
  zh: string;
  en: string;
}
export interface Coded {
  code: string;
  name: Text2;
}
export interface Named {
  id: string;
  name: Text2;
}

export interface IncidentSummary {
  id: string;
  number: string;
  status: IncidentStatus;
  channel: string;
  requestType: RequestType;
  urgency: Urgency;
  category: Coded | null;
  description: string;
  lat: number | null;
  lng: number | null;
  address: string | null;
  grid: Coded | null;
  regions: Coded[];
  leadDepartment: Named | null;
  deadlineAt: string | null;
  deadlineState: DeadlineState | null;
  escalationLevel: number;
  duplicateOf: { id: string; number: string } | null;
  duplicateCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Suggestion {
  category: Coded | null;
  department: Named | null;
  confidence: number;
}

export interface IncidentPart {
  id: string;
  department: Named;
  role: 'lead' | 'assist';
  status: 'open' | 'accepted' | 'handled';
  note: string | null;
  handledAt: string | null;
}

export interface IncidentDetail extends IncidentSummary {
  suggestion: Suggestion | null;
  parts: IncidentPart[];
  photos: { id: string; kind: 'report' | 'evidence'; url: string; partId: string | null }[];
  timeline: { at: string; action: string; actor: string; fromStatus: IncidentStatus | null; toStatus: IncidentStatus | null; note: string | null }[];
  reporter: { name: string | null; phone: string | null; contactPreference: string } | null;
  anonymous: boolean;
  rating: number | null;
  reopenUntil: string | null;
  duplicates: { id: string; number: string; createdAt: string }[];
  allowedActions: string[];
}

/** A node of the category tree: groups carry their leaves in `children`; leaves name a department kind. */
export interface Category {
  code: string;
  name: Text2;
  leaf?: boolean;
  departmentKind?: string | null;
  children?: Category[];
}

export interface IntakeBody {
  description: string;
  categoryCode?: string;
  requestType?: RequestType;
  urgency?: Urgency;
  lat?: number;
  lng?: number;
  address?: string;
  photoIds?: string[];
  callerName?: string;
  callerPhone?: string;
}

export type ActionBody = Record<string, unknown>;

export function incidentPath(id: string): string {
  return `/governance/incidents/${encodeURIComponent(id)}`;
}

/** POST …/actions/{action} with If-Match: a 412 means someone changed the incident meanwhile. */
export function actOnIncident(id: string, action: string, version: number, body: ActionBody = {}): Promise<IncidentDetail> {
  return apiRequest<IncidentDetail>('POST', `${incidentPath(id)}/actions/${encodeURIComponent(action)}`, body, undefined, { 'if-match': `"${version}"` });
}

/** Files an incident; the key is made once per form so a double click or a retry files it once. */
export function registerIncident(body: IntakeBody, idempotencyKey: string): Promise<IncidentDetail> {
  return apiRequest<IncidentDetail>('POST', '/governance/incidents', body, undefined, { 'idempotency-key': idempotencyKey });
}

/** Uploads one photo (multipart); the answer's id goes into `photoIds`. */
export async function uploadPhoto(file: Blob, name: string): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', file, name);
  let response: Response;
  try {
    response = await fetch('/api/v1/governance/photos', { method: 'POST', headers: requestHeaders('POST'), credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, 'network.unavailable', 'network');
  }
  const payload = parseJson(await response.text());
  if (!response.ok) throw errorFromAnswer(response.status, payload);
  return payload as { id: string };
}

export function photoUrl(id: string): string {
  return `/api/v1/governance/photos/${encodeURIComponent(id)}`;
}

export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** A fresh key per form (crypto.randomUUID where the browser has it). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The answers of list endpoints: `{ items }`, or a bare array. */
export function itemsOf<T>(answer: unknown): T[] {
  if (Array.isArray(answer)) return answer as T[];
  if (typeof answer === 'object' && answer !== null && Array.isArray((answer as { items?: unknown }).items)) return (answer as { items: T[] }).items;
  return [];
}

/** The leaves of the category tree (groups hold them in `children`): the only categories an incident can take. */
export function leafCategories(categories: Category[]): Category[] {
  return categories.flatMap((category) => (category.children !== undefined && category.children.length > 0 ? leafCategories(category.children) : category.leaf === false ? [] : [category]));
}
