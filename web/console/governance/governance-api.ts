// The console's calls to the city-governance API. Every answer is typed from the server's own shapes: the TypeBox
// schemas of incidents, places, the classifier and oversight (hotspots, 未诉先办 suggestions, the map's incidents).
// Staff actions carry If-Match with the shown version.
import type { Static } from 'typebox';
import type { ClassifierStatus } from '../../../server/modules/governance/classification/schemas';
import type { ActionInput, IncidentDetail as IncidentDetailShape, IncidentSummary as IncidentSummaryShape, IntakeInput, KnowledgeResults, PhotoUploaded } from '../../../server/modules/governance/incidents/schemas';
import type { HotspotList, MapIncidentList, ProactiveSuggestionList } from '../../../server/modules/governance/oversight/schemas';
import type { CategoryLeaf, CategoryTree, GridCollection, GridFeature, LocatedPlace, MyGrids } from '../../../server/modules/governance/places/schemas';
import { ApiError, apiRequest, errorFromAnswer, parseJson, requestHeaders } from '../../shared/api';

export { DEADLINE_STATES, ESCALATION_LEVELS, INCIDENT_STATUSES, REQUEST_TYPES, URGENCIES } from '../../../server/modules/governance/model';
export type { DeadlineState, IncidentStatus, RequestType, Urgency } from '../../../server/modules/governance/model';

export type IncidentSummary = Static<typeof IncidentSummaryShape>;
export type IncidentDetail = Static<typeof IncidentDetailShape>;
export type IncidentPart = IncidentDetail['parts'][number];
export type IntakeBody = Static<typeof IntakeInput>;
export type ActionBody = Static<typeof ActionInput>;
export type PhotoView = Static<typeof PhotoUploaded>;
export type KnowledgeList = Static<typeof KnowledgeResults>;
export type KnowledgeItem = KnowledgeList['items'][number];
export type CategoryTreeView = Static<typeof CategoryTree>;
export type CategoryLeafView = Static<typeof CategoryLeaf>;
export type GridMap = Static<typeof GridCollection>;
export type GridFeatureView = Static<typeof GridFeature>;
export type LocatedPlaceView = Static<typeof LocatedPlace>;
export type MyGridsView = Static<typeof MyGrids>;
export type ClassifierView = Static<typeof ClassifierStatus>;
export type CategoryReportView = NonNullable<ClassifierView['active']>['categories'][number];
/** GET /governance/map-incidents: the open incidents with a place. */
export type MapIncidents = Static<typeof MapIncidentList>;
export type MapIncident = MapIncidents['items'][number];
/** GET /governance/hotspots. */
export type Hotspots = Static<typeof HotspotList>;
/** GET /governance/proactive-suggestions: one per hotspot. */
export type ProactiveSuggestions = Static<typeof ProactiveSuggestionList>;
export type ProactiveSuggestion = ProactiveSuggestions['items'][number];

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
export async function uploadPhoto(file: Blob, name: string): Promise<PhotoView> {
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
  return payload as PhotoView;
}

export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** A fresh key per form (crypto.randomUUID where the browser has it). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The leaves of the category tree (each group holds its leaves): the only categories an incident can take. */
export function leafCategories(tree: CategoryTreeView | undefined): CategoryLeafView[] {
  return (tree?.items ?? []).flatMap((group) => group.children);
}

/** The leaves as options of a select, named in the UI language. */
export function categoryOptions(tree: CategoryTreeView | undefined, pick: (name: CategoryLeafView['name']) => string): { value: string; label: string }[] {
  return leafCategories(tree).map((category) => ({ value: category.code, label: pick(category.name) }));
}
