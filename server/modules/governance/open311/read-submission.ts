// POST requests.json arrives form-encoded (the spec's `attribute[code]=value`, repeated `attribute[code][]=v` for
// lists) or as JSON (`"attribute": { "code": "value" }` or the same bracketed keys). Both become one submission of
// strings; the use case checks them.

export interface Open311Submission {
  api_key?: string;
  jurisdiction_id?: string;
  service_code?: string;
  lat?: string;
  long?: string;
  address_string?: string;
  address_id?: string;
  email?: string;
  device_id?: string;
  account_id?: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  description?: string;
  media_url?: string;
  /** Attribute code → the values given (several only for a multivaluelist). */
  attributes: Record<string, string[]>;
}

const FIELDS = ['api_key', 'jurisdiction_id', 'service_code', 'lat', 'long', 'address_string', 'address_id', 'email', 'device_id', 'account_id', 'first_name', 'last_name', 'phone', 'description', 'media_url'] as const;

const ATTRIBUTE_KEY = /^attribute\[([^\]]+)\](\[\])?$/;

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  return [];
}

/** The `application/x-www-form-urlencoded` body as an object; a repeated key becomes a list. */
export function parseFormBody(body: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of new URLSearchParams(body)) {
    const seen = out[key];
    out[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

/** One submission from the body (form or JSON) and the query string (clients often put api_key there). */
export function readSubmission(body: unknown, query: Record<string, unknown>): Open311Submission {
  const source: Record<string, unknown> = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const submission: Open311Submission = { attributes: {} };
  for (const field of FIELDS) {
    // A repeated scalar is ambiguous; the first one counts. Empty counts as absent (the spec's "optional").
    const value = strings(source[field] ?? query[field])[0];
    if (value !== undefined && value.trim() !== '') submission[field] = value.trim();
  }
  const add = (code: string, values: string[]) => {
    submission.attributes[code] = [...(submission.attributes[code] ?? []), ...values];
  };
  for (const [key, value] of Object.entries(source)) {
    const match = ATTRIBUTE_KEY.exec(key);
    if (match) add(match[1]!, strings(value));
  }
  const nested = source.attribute;
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
    for (const [code, value] of Object.entries(nested as Record<string, unknown>)) add(code, strings(value));
  }
  return submission;
}
