import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../../platform/errors/app-error';
import { withIdempotency } from '../../../platform/http/idempotency';
import type { Lang } from '../../../platform/http/language';
import { authenticateIntakeClient, keyFromAuthorization } from '../sensors/intake-client';
import { createServiceRequest } from './create-service-request';
import { discovery } from './discovery';
import { getServiceDefinition } from './get-service-definition';
import { getServiceRequest } from './get-service-request';
import { checkJurisdiction } from './jurisdiction';
import { listServiceRequests } from './list-service-requests';
import { listServices } from './list-services';
import { sendOpen311Error } from './open311-errors';
import { parseFormBody, readSubmission } from './read-submission';
import { Discovery, JurisdictionQuery, Open311Errors, RequestCreated, RequestsQuery, Service, ServiceDefinition, ServiceRequests, responses } from './schemas';

// Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2), JSON only, at /open311/v2. Everything under the
// prefix answers errors in the spec's format (an array of { code, description }), including unknown paths and the
// `.xml` format, which this endpoint does not offer (discovery lists application/json only).

const tags = ['open311'];
const anyone = { policy: { public: true } } as const;
const apiKeyClient = { policy: { public: true, describe: 'an Open311 client with an intake API key (scope open311), checked by the route' } } as const;

/** `locale=en` (or any en-*) or Accept-Language English → English; Chinese otherwise. */
function langOf(request: FastifyRequest, locale: string | undefined): Lang {
  if (locale) return locale.toLowerCase().startsWith('en') ? 'en' : 'zh';
  return request.lang;
}

/** This endpoint's absolute URL as the client reached it (behind a proxy when TRUST_PROXY is set). */
function endpointUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/open311/v2`;
}

export const open311Routes: FastifyPluginAsyncTypebox = async (app) => {
  app.setErrorHandler((error: FastifyError, request, reply) => sendOpen311Error(reply, request, error));
  const notFound = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const code = /\.(xml|html?)$/i.test(path) ? 'governance.open311_format_not_supported' : 'request.not_found';
    return sendOpen311Error(reply, request, new AppError(code));
  };
  app.setNotFoundHandler(notFound);
  // The web pages' catch-all GET would answer first; this one is more specific and keeps the spec's format.
  app.get('/*', { config: anyone, schema: { hide: true } }, notFound);
  // The spec's POST body is form-encoded; repeated keys (attribute[code][]=…) become lists.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, parseFormBody(body as string));
  });

  app.get(
    '/discovery.json',
    { config: anyone, schema: { tags, summary: 'Service discovery: where the GeoReport v2 endpoint is and its formats', response: { 200: Discovery } } },
    async (request) => discovery(endpointUrl(request), process.env.NODE_ENV === 'production' ? 'production' : 'test'),
  );

  app.get(
    '/services.json',
    { config: anyone, schema: { tags, summary: 'Service list: every leaf category of city incidents', querystring: JurisdictionQuery, response: { 200: Type.Array(Service), ...responses.Refused } } },
    async (request) => {
      checkJurisdiction(request.query.jurisdiction_id);
      return listServices(request.useCaseContext().db, langOf(request, request.query.locale));
    },
  );

  app.get(
    '/services/:service_code.json',
    {
      config: anyone,
      schema: { tags, summary: 'Service definition: the attributes (form fields) of one service', params: Type.Object({ service_code: Type.String({ maxLength: 60 }) }), querystring: JurisdictionQuery, response: { 200: ServiceDefinition, ...responses.Refused } },
    },
    async (request) => {
      checkJurisdiction(request.query.jurisdiction_id);
      return getServiceDefinition(request.useCaseContext().db, request.params.service_code, langOf(request, request.query.locale));
    },
  );

  app.post(
    '/requests.json',
    {
      config: apiKeyClient,
      schema: {
        tags,
        summary: 'Create a service request (form-encoded per the spec, or JSON): api_key, service_code, lat+long or address_string or address_id, attribute[code]=value…',
        response: { 200: RequestCreated, ...responses.Refused, 500: Open311Errors },
      },
    },
    async (request) => {
      const query = request.query as Record<string, unknown>;
      const submission = readSubmission(request.body, query);
      const ctx = { ...request.useCaseContext(), lang: langOf(request, typeof query.locale === 'string' ? query.locale : undefined) };
      const key = submission.api_key ?? keyFromAuthorization(request.headers.authorization);
      const client = await authenticateIntakeClient(ctx.db, key, 'open311');
      const idempotencyKey = request.headers['idempotency-key'];
      const { api_key: _key, ...body } = submission;
      const result = await withIdempotency(
        ctx.db,
        { principal: `intake:${client.id}`, scope: 'open311.requests', key: typeof idempotencyKey === 'string' ? idempotencyKey : undefined, body },
        async (tx) => ({ status: 200, body: await createServiceRequest(tx, ctx, client, submission) }),
      );
      return result.body;
    },
  );

  app.get(
    '/requests.json',
    { config: anyone, schema: { tags, summary: 'Service requests: public categories and Open311 requests, last 90 days by default, at most 1000', querystring: RequestsQuery, response: { 200: ServiceRequests, ...responses.Refused } } },
    async (request) => {
      const { jurisdiction_id: jurisdiction, locale, ...filter } = request.query;
      checkJurisdiction(jurisdiction);
      return listServiceRequests(request.useCaseContext().db, filter, langOf(request, locale));
    },
  );

  app.get(
    '/requests/:id.json',
    {
      config: anyone,
      schema: { tags, summary: 'One service request by its id (the incident number)', params: Type.Object({ id: Type.String({ maxLength: 60 }) }), querystring: JurisdictionQuery, response: { 200: ServiceRequests, ...responses.Refused } },
    },
    async (request) => {
      checkJurisdiction(request.query.jurisdiction_id);
      return getServiceRequest(request.useCaseContext().db, request.params.id, langOf(request, request.query.locale));
    },
  );
};
