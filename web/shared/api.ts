// One fetch wrapper for both front ends: same-origin cookies, the CSRF header on unsafe methods, the UI language
// for server-side messages, and one error type carrying the server's error envelope.
import { i18n } from './i18n';

const CSRF_COOKIE = 'yw_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** One problem the server tied to a field: validation (`rule`), or a catalogue refusal (`code`). */
export interface FieldProblem {
  field: string;
  rule?: string;
  code?: string;
  message: string;
}

interface ErrorEnvelope {
  error: { code: string; message: string; details?: unknown; requestId?: string };
}

/** An error answered by the API (or the network); `message` is safe to show to the user. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(status: number, code: string, message: string, details?: unknown, requestId?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }

  /**
   * The per-field problems the answer lists in `details`: 400 validation.failed, and the 422 refusals that name
   * their field (catalogue rules, publishing checks). Empty for any other error.
   */
  get fieldProblems(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(isFieldProblem);
  }
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.field === 'string' && typeof candidate.message === 'string';
}

function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** JSON text → value; empty or non-JSON text → undefined. */
export function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The headers every API call carries: JSON, the page's language, and the CSRF token for unsafe methods. */
export function requestHeaders(method = 'POST'): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language };
  if (!SAFE_METHODS.has(method)) {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf !== undefined) headers['x-csrf-token'] = csrf;
  }
  return headers;
}

/** An error answer (the platform's envelope, or anything else) as an ApiError with a message for people. */
export function errorFromAnswer(status: number, payload: unknown): ApiError {
  if (isErrorEnvelope(payload)) {
    const { code, message, details, requestId } = payload.error;
    return new ApiError(status, code, message, details, requestId);
  }
  return new ApiError(status, `http.${status}`, i18n.t('errors.unexpected', { status }));
}

/** One API call. `headers` adds request headers such as If-Match or Idempotency-Key. */
export async function apiRequest<T>(method: string, path: string, body?: unknown, signal?: AbortSignal, headers: Record<string, string> = {}): Promise<T> {
  const all = { ...requestHeaders(method), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers };
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers: all,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network.unavailable', i18n.t('errors.network'));
  }
  const payload = parseJson(await response.text());
  if (response.ok) return payload as T;
  throw errorFromAnswer(response.status, payload);
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
};

/** Builds a query string from the defined, non-empty values. */
export function queryString(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
