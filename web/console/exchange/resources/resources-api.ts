// The console's calls on the data resource catalogue; shapes are the server's own types (type-only imports).
import { apiRequest, errorFromAnswer, parseJson, requestHeaders } from '../../../shared/api';
import type { ImportStatus, QualityReportView, ResourceDetail, ResourceFieldView, ResourceInput, ResourceSummary, SavedResource } from '../../../../server/modules/exchange/catalogue/schemas';

export type { ImportStatus, QualityReportView, ResourceDetail, ResourceFieldView, ResourceInput, ResourceSummary, SavedResource };

export const GRADES = ['general', 'important', 'core'] as const;
export const SHARING_TYPES = ['unconditional', 'conditional', 'not_shared'] as const;
export const METHODS = ['lookup', 'bulk', 'verify'] as const;
export const CYCLES = ['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export const SUBJECT_KINDS = ['person', 'enterprise'] as const;
export const FIELD_TYPES = ['string', 'number', 'boolean', 'date'] as const;

export function resourcePath(code: string): string {
  return `/exchange/resources/${encodeURIComponent(code)}`;
}

export function publishResource(body: ResourceInput): Promise<SavedResource> {
  return apiRequest('POST', '/exchange/resources', body);
}

/** Uploads one CSV or XLSX file as multipart form data; the import then runs on the server. */
export async function startImport(code: string, file: File): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(`/api/v1${resourcePath(code)}/imports`, { method: 'POST', headers: requestHeaders('POST'), credentials: 'same-origin', body: form });
  const payload = parseJson(await response.text());
  if (!response.ok) throw errorFromAnswer(response.status, payload);
  return payload as { id: string };
}
