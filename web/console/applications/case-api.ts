// The staff's calls on one case. Actions carry If-Match with the version the page shows, which the shared client
// cannot send (it takes no extra headers), so this posts itself and turns the answer into the same ApiError.
import { ApiError, readCookie } from '../../shared/api';
import type { CaseAction, CaseView } from '../../shared/application-types';
import { i18n } from '../../shared/i18n';

const CSRF_COOKIE = 'yw_csrf';

function errorOf(status: number, payload: unknown): ApiError {
  if (typeof payload === 'object' && payload !== null && 'error' in payload) {
    const error = (payload as { error: { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown } }).error;
    if (typeof error.code === 'string' && typeof error.message === 'string') {
      return new ApiError(status, error.code, error.message, error.details, typeof error.requestId === 'string' ? error.requestId : undefined);
    }
  }
  return new ApiError(status, `http.${status}`, i18n.t('errors.unexpected', { status }));
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The action bodies of the staff side (see application-types.ts for the contract). */
export type ActionBody =
  | { note?: string }
  | { reason: string }
  | { items: string[]; note?: string; newFacts?: string }
  | { reason: string; legalBasis: string }
  | { method: 'elicence' | 'mail' | 'counter' }
  | { days: number; reason: string }
  | { assigneeId: string }
  | Record<string, never>;

/** POST /applications/{id}/actions/{action} with If-Match: a 412 means someone changed the case meanwhile. */
export async function actOnCase(caseId: string, action: CaseAction, version: number, body: ActionBody = {}): Promise<CaseView> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': i18n.language,
    'content-type': 'application/json',
    'if-match': String(version),
  };
  const csrf = readCookie(CSRF_COOKIE);
  if (csrf !== undefined) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(`/api/v1/applications/${encodeURIComponent(caseId)}/actions/${action}`, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network.unavailable', i18n.t('errors.network'));
  }
  const payload = parseJson(await response.text());
  if (!response.ok) throw errorOf(response.status, payload);
  return payload as CaseView;
}

/** Where an uploaded material opens (in a new tab; the server checks that the case is in the viewer's scope). */
export function fileUrl(fileId: string): string {
  return `/api/v1/applications/files/${encodeURIComponent(fileId)}`;
}

export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}
