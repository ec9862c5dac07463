// The console's calls on sharing requests and API keys; shapes are the server's own types (type-only imports).
import { apiRequest } from '../../../shared/api';
import type { ActionBody, ApiKeyView, CreatedKey, RequestDetail, RequestSummary, RequestableResource, SharingAction } from '../../../../server/modules/exchange/sharing/schemas';

export type { ActionBody, ApiKeyView, CreatedKey, RequestDetail, RequestSummary, RequestableResource, SharingAction };

export interface NewRequest {
  resource: string;
  purpose: string;
  legalBasis: string;
  fields: string[];
  periodFrom: string;
  periodUntil: string;
  statutory: boolean;
}

export function createRequest(body: NewRequest): Promise<{ id: string; number: string }> {
  return apiRequest('POST', '/exchange/requests', body);
}

/** An action with If-Match (the version the page shows): a 412 means someone decided meanwhile. */
export function actOnRequest(id: string, action: SharingAction, version: number, body: ActionBody): Promise<RequestDetail> {
  return apiRequest('POST', `/exchange/requests/${encodeURIComponent(id)}/actions/${action}`, body, undefined, { 'if-match': `"${version}"` });
}

export function createKey(body: { name: string; grantIds: string[] }): Promise<CreatedKey> {
  return apiRequest('POST', '/exchange/api-keys', body);
}

export function revokeKey(id: string): Promise<ApiKeyView> {
  return apiRequest('POST', `/exchange/api-keys/${encodeURIComponent(id)}/revoke`, {});
}
