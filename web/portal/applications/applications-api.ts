// Calls of the applications API with more than JSON: the raw file body with upload progress, a request that
// outlives the page (keepalive), and the headers applications need (Idempotency-Key, If-Match, X-File-Name).
import { ApiError, apiRequest, errorFromAnswer, parseJson, requestHeaders } from '../../shared/api';
import type { ApplicationInput, CaseAction, CaseView, UploadedFile } from '../../shared/application-types';
import { i18n } from '../../shared/i18n';

/** A JSON request with extra headers; throws ApiError like every call. */
function requestJson<T>(method: string, path: string, body: unknown, extraHeaders: Record<string, string> = {}): Promise<T> {
  return apiRequest<T>(method, path, body, undefined, extraHeaders);
}

export interface SubmitAnswer {
  id: string;
  caseNumber: string;
  status: string;
}

/** POST /applications: the same key for a retry of the same attempt, so a lost answer never makes two cases. */
export async function submitApplication(input: ApplicationInput, idempotencyKey: string): Promise<SubmitAnswer> {
  return requestJson<SubmitAnswer>('POST', '/applications', input, { 'idempotency-key': idempotencyKey });
}

/** An applicant's action on a case, guarded by the version the person saw (412 when it changed meanwhile). */
export async function actOnCase(caseId: string, action: CaseAction, version: number, body: unknown = {}): Promise<CaseView> {
  const path = `/applications/${encodeURIComponent(caseId)}/actions/${action}`;
  return requestJson<CaseView>('POST', path, body, { 'if-match': String(version) });
}

/**
 * POST /applications/uploads with the file's bytes as the body; XMLHttpRequest because fetch reports no upload
 * progress. `onProgress` gets 0–100.
 */
export function uploadFile(file: File, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/applications/uploads');
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(requestHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('content-type', file.type === '' ? 'application/octet-stream' : file.type);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const payload = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as UploadedFile);
      else if (xhr.status === 413 && payload === undefined) reject(new ApiError(413, 'storage.too_large', i18n.t('portal.wizard.upload.tooLarge')));
      else reject(errorFromAnswer(xhr.status, payload));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network.unavailable', i18n.t('errors.network')));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

export interface DraftSaved {
  id: string;
  version: number;
  updatedAt: string;
}

type DraftBody = Omit<ApplicationInput, 'draftId'>;

export async function createDraft(body: DraftBody): Promise<DraftSaved> {
  return requestJson<DraftSaved>('POST', '/applications/drafts', body);
}

export async function saveDraft(id: string, body: DraftBody): Promise<DraftSaved> {
  return requestJson<DraftSaved>('PUT', `/applications/drafts/${encodeURIComponent(id)}`, body);
}

/**
 * The last save when the page is being left: keepalive lets the request finish after the page is gone. Without a
 * draft yet, it creates one (the wizard offers the latest draft when it is opened again).
 */
export function saveDraftOnLeave(id: string | null, body: DraftBody): void {
  const path = id === null ? '/api/v1/applications/drafts' : `/api/v1/applications/drafts/${encodeURIComponent(id)}`;
  fetch(path, {
    method: id === null ? 'POST' : 'PUT',
    headers: { ...requestHeaders(), 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
    keepalive: true,
  }).catch(() => {
    // The page is gone and nobody is left to tell; the debounced saves before kept all but the last keystrokes.
  });
}

export async function deleteDraft(id: string): Promise<void> {
  try {
    await apiRequest<unknown>('DELETE', `/applications/drafts/${encodeURIComponent(id)}`);
  } catch (error) {
    // Already gone is what was wanted.
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
}

export interface RatingInput {
  score: number;
  tags?: string[];
  comment?: string;
}

export async function rateCase(caseId: string, rating: RatingInput): Promise<void> {
  await requestJson<unknown>('POST', `/applications/${encodeURIComponent(caseId)}/rating`, rating);
}

/** A fresh Idempotency-Key (crypto.randomUUID needs a secure context; plain http on a LAN address has none). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
