// The governance API as the portal uses it: shapes from the server's schemas, a multipart photo upload, intake with
// an Idempotency-Key, and the reporter's actions (rate, reopen).
import type { Static } from 'typebox';
import type { IncidentDetail, IncidentSummary, IncidentsPage, PhotoUploaded, PublicIncident } from '../../../server/modules/governance/incidents/schemas';
import type { CategoryGroup, CategoryLeaf, CategoryTree, GridCollection } from '../../../server/modules/governance/places/schemas';
import type { ContactPreference } from '../../../server/modules/governance/model';
import { ApiError, apiRequest, errorFromAnswer, parseJson, requestHeaders } from '../../shared/api';
import { i18n } from '../../shared/i18n';

export type IncidentView = Static<typeof IncidentDetail>;
export type IncidentItem = Static<typeof IncidentSummary>;
export type IncidentList = Static<typeof IncidentsPage>;
export type PublicPoint = Static<typeof PublicIncident>;
export type PhotoView = Static<typeof PhotoUploaded>;
export type CategoryTreeView = Static<typeof CategoryTree>;
export type CategoryGroupView = Static<typeof CategoryGroup>;
export type CategoryLeafView = Static<typeof CategoryLeaf>;
export type GridMap = Static<typeof GridCollection>;

export interface ReportInput {
  description: string;
  categoryCode?: string;
  lat?: number;
  lng?: number;
  address?: string;
  photoIds?: string[];
  contactPreference: ContactPreference;
  anonymous?: boolean;
}

/** POST /governance/incidents: the same key for every retry of one form, so a lost answer never files twice. */
export function submitReport(input: ReportInput, idempotencyKey: string): Promise<IncidentItem> {
  return apiRequest<IncidentItem>('POST', '/governance/incidents', input, undefined, { 'idempotency-key': idempotencyKey });
}

export type ReporterAction = 'rate' | 'reopen';

/** The reporter's action on their incident: the fresh detail comes back. */
export function actOnIncident(id: string, action: ReporterAction, body: Record<string, unknown>): Promise<IncidentView> {
  return apiRequest<IncidentView>('POST', `/governance/incidents/${encodeURIComponent(id)}/actions/${action}`, body);
}

/**
 * POST /governance/photos as multipart form data. The server checks the content (a real image) and the size; its
 * refusal comes back as an ApiError with a message for people.
 */
export async function uploadPhoto(file: File): Promise<PhotoView> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/v1/governance/photos', { method: 'POST', headers: requestHeaders('POST'), credentials: 'same-origin', body });
  } catch {
    throw new ApiError(0, 'network.unavailable', i18n.t('errors.network'));
  }
  const payload = parseJson(await response.text());
  if (response.ok) return payload as PhotoView;
  if (response.status === 413 && payload === undefined) throw new ApiError(413, 'storage.too_large', i18n.t('governancePortal.report.photoTooLarge'));
  throw errorFromAnswer(response.status, payload);
}
