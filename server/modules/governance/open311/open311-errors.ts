import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldProblem } from '../../../platform/errors/app-error';
import { entryFor } from '../../../platform/errors/catalogue';
import { schemaProblems } from '../../../platform/http/error-handler';
import { fieldMessage } from '../../../platform/http/field-messages';
import type { Lang } from '../../../platform/http/language';

// GeoReport v2 errors are an array of { code, description }. Its HTTP codes: 404 for what does not exist, 403 for a
// wrong or missing api_key, 400 for anything else a client can fix. The platform's codes (401, 409, 422…) are
// folded into those three; a fault of ours stays a 500 (in the same array shape) so it is never blamed on the client.

export interface Open311Error {
  code: number;
  description: string;
}

// Names the platform's use cases give fields, as the Open311 client sent them.
const FIELD_NAMES: Record<string, string> = { lng: 'long', point: 'lat', address: 'address_string', categoryCode: 'service_code', photoIds: 'media_url' };

function open311Status(status: number): number {
  if (status === 401 || status === 403) return 403;
  if (status === 404) return 404;
  if (status >= 500) return 500;
  return 400;
}

function fieldErrors(problems: FieldProblem[], lang: Lang): Open311Error[] {
  return problems.map((p) => {
    const field = FIELD_NAMES[p.field] ?? p.field;
    return { code: 400, description: `${field}: ${p.message || fieldMessage(p.rule, {}, lang)}` };
  });
}

/** Any error under /open311/v2 → its GeoReport v2 status and body. */
export function open311ErrorBody(error: FastifyError | AppError, lang: Lang): { status: number; body: Open311Error[] } {
  if (error instanceof AppError) {
    const entry = entryFor(error.code);
    const status = open311Status(entry.status);
    if (error.code === 'validation.failed' && Array.isArray(error.details)) return { status, body: fieldErrors(error.details as FieldProblem[], lang) };
    const message = status === 500 ? (lang === 'en' ? entryFor('internal.error').en : entryFor('internal.error').zh) : (error.userMessage ?? (lang === 'en' ? entry.en : entry.zh));
    return { status, body: [{ code: status, description: message }] };
  }
  if (error.validation) return { status: 400, body: fieldErrors(schemaProblems(error, lang), lang) };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    const status = open311Status(error.statusCode);
    const entry = entryFor(error.statusCode === 413 ? 'request.too_large' : error.statusCode === 415 ? 'request.unsupported_media_type' : 'request.malformed');
    return { status, body: [{ code: status, description: lang === 'en' ? entry.en : entry.zh }] };
  }
  const entry = entryFor('internal.error');
  return { status: 500, body: [{ code: 500, description: lang === 'en' ? entry.en : entry.zh }] };
}

export function sendOpen311Error(reply: FastifyReply, request: FastifyRequest, error: FastifyError | AppError) {
  const { status, body } = open311ErrorBody(error, request.lang);
  if (status === 500) request.log.error({ err: error }, 'open311 request failed');
  return reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}
