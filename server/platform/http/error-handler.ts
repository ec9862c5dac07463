import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldProblem } from '../errors/app-error';
import { entryFor } from '../errors/catalogue';
import { langFromHeader, type Lang } from './language';
import { fieldMessage } from './field-messages';

interface SchemaIssue {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function fieldOf(issue: SchemaIssue, part: string | undefined): string {
  const path = (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const required = issue.params?.requiredProperties;
  const missing: unknown = issue.params?.missingProperty ?? (Array.isArray(required) ? (required as unknown[])[0] : undefined);
  const leaf = typeof missing === 'string' ? (path ? `${path}.${missing}` : missing) : path;
  return leaf || part || 'body';
}

/** Fastify/TypeBox validation issues → the platform's field problems (every field, not just the first). */
export function schemaProblems(error: FastifyError, lang: Lang): FieldProblem[] {
  const issues = (error.validation ?? []) as SchemaIssue[];
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const required = issue.params?.requiredProperties;
    // One "required" issue can name several missing properties: report each of them.
    const expanded: SchemaIssue[] = Array.isArray(required)
      ? required.map((name) => ({ ...issue, params: { ...issue.params, requiredProperties: [name] } }))
      : [issue];
    for (const one of expanded) {
      const field = fieldOf(one, error.validationContext);
      const rule = one.keyword ?? 'invalid';
      if (seen.has(`${field}:${rule}`)) continue;
      seen.add(`${field}:${rule}`);
      problems.push({ field, rule, message: fieldMessage(rule, one.params ?? {}, lang) });
    }
  }
  return problems;
}

function send(reply: FastifyReply, request: FastifyRequest, code: string, opts: { message?: string; details?: unknown; headers?: Record<string, string> }) {
  const entry = entryFor(code);
  const lang = langFromHeader(request.headers['accept-language']);
  for (const [k, v] of Object.entries(opts.headers ?? {})) void reply.header(k, v);
  return reply.status(entry.status).type('application/json; charset=utf-8').send(
    JSON.stringify({
      error: {
        code: entry.status === 500 ? 'internal.error' : code,
        message: opts.message ?? (lang === 'en' ? entry.en : entry.zh),
        ...(opts.details !== undefined && entry.status !== 500 ? { details: opts.details } : {}),
        requestId: request.id,
      },
    }),
  );
}

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed',
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.malformed',
};

/** The one error path: AppError → its status from the table; validation → 400 with every field; the rest → 500. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => sendNotFound(request, reply));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = langFromHeader(request.headers['accept-language']);
    if (error instanceof AppError) {
      if (entryFor(error.code).status >= 500) request.log.error({ err: error }, 'request failed');
      const details = error.code === 'validation.failed' ? translateProblems(error.details, lang) : error.details;
      return send(reply, request, error.code, { message: error.userMessage, details, headers: error.headers });
    }
    if (error.validation) return send(reply, request, 'validation.failed', { details: schemaProblems(error, lang) });
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return send(reply, request, mapped, {});
    if (error.statusCode === 429) return send(reply, request, 'request.rate_limited', {});
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return send(reply, request, 'request.malformed', {});
    request.log.error({ err: error }, 'unexpected error');
    return send(reply, request, 'internal.error', {});
  });
}

/** Use cases may give field problems with an empty message: fill it from the rule in the caller's language. */
function translateProblems(details: unknown, lang: Lang): unknown {
  if (!Array.isArray(details)) return details;
  return (details as FieldProblem[]).map((p) => ({ ...p, message: p.message || fieldMessage(p.rule, {}, lang) }));
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, request, 'request.not_found', {});
}
