import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody } from '../../identity/schemas';
import { actOnSharingRequest } from './act-on-sharing-request';
import { createApiKey } from './create-api-key';
import { createSharingRequest } from './create-sharing-request';
import { getSharingRequest } from './get-sharing-request';
import { listApiKeys } from './list-api-keys';
import { listRequestableResources } from './list-requestable-resources';
import { listSharingRequests } from './list-sharing-requests';
import { revokeApiKey } from './revoke-api-key';
import { ActionBody, ApiKeyView, CreatedKey, CreateKeyBody, CreateRequestBody, ListQuery, RequestableResource, RequestDetail, RequestPage, SHARING_ACTIONS } from './schemas';

const stewards = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['data_steward'] } } as const;
/** Department heads read their department's requests (deadline escalations link to them); only stewards act. */
const readers = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['data_steward', 'department_head'] } } as const;
const Id = Type.Object({ id: Type.String({ maxLength: 64 }) });
const Refused = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 412: ErrorBody, 422: ErrorBody };

/** If-Match carries the version the client saw, bare or quoted (ETag form); anything else never matches. */
function versionOf(header: string | undefined): number | null {
  if (header === undefined) return null;
  const n = Number(header.replace(/^W\//, '').replaceAll('"', ''));
  return Number.isInteger(n) && n > 0 ? n : -1;
}

/** Data exchange: sharing requests, approvals, API keys. */
export const sharingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['data-sharing'];

  app.get(
    '/exchange/requestable-resources',
    { config: stewards, schema: { tags, summary: 'Published data resources a steward may request', response: { 200: Type.Object({ items: Type.Array(RequestableResource) }), 401: ErrorBody, 403: ErrorBody } } },
    async (request) => listRequestableResources(request.useCaseContext()),
  );

  app.post(
    '/exchange/requests',
    {
      config: stewards,
      schema: { tags, summary: 'Request a data resource (consumer data steward); starts at the compliance check', body: CreateRequestBody, response: { 201: Type.Object({ id: Type.String(), number: Type.String(), version: Type.Integer() }), ...Refused } },
    },
    async (request, reply) => {
      const created = await createSharingRequest(request.useCaseContext(), request.body);
      void reply.header('etag', `"${created.version}"`);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/exchange/requests',
    { config: readers, schema: { tags, summary: "Requests in the caller's scope (role: consumer, provider, checker, higher, todo, all)", querystring: ListQuery, response: { 200: RequestPage, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody } } },
    async (request) => listSharingRequests(request.useCaseContext(), { ...request.query, limit: request.query.limit ?? 20 }),
  );

  app.get(
    '/exchange/requests/:id',
    { config: readers, schema: { tags, summary: 'One request: resource, parties, deadline, decisions, grant', params: Id, response: { 200: RequestDetail, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request, reply) => {
      const detail = await getSharingRequest(request.useCaseContext(), request.params.id);
      void reply.header('etag', `"${detail.version}"`);
      return detail;
    },
  );

  app.post(
    '/exchange/requests/:id/actions/:action',
    {
      config: stewards,
      schema: {
        tags,
        summary: 'Decide a step: approve, refuse (reason) or revoke an approved grant (reason); If-Match honoured',
        params: Type.Object({ id: Type.String({ maxLength: 64 }), action: Type.Enum([...SHARING_ACTIONS]) }),
        headers: Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 20 })) }),
        body: Type.Optional(ActionBody),
        response: { 200: RequestDetail, ...Refused },
      },
    },
    async (request, reply) => {
      const ctx = request.useCaseContext();
      await actOnSharingRequest(ctx, request.params.id, request.params.action, versionOf(request.headers['if-match']), request.body ?? {});
      const detail = await getSharingRequest(ctx, request.params.id);
      void reply.header('etag', `"${detail.version}"`);
      return detail;
    },
  );

  app.post(
    '/exchange/api-keys',
    { config: stewards, schema: { tags, summary: "Create an API key for the department's approved grants (the key is shown once)", body: CreateKeyBody, response: { 201: CreatedKey, ...Refused } } },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return reply.status(201).send(await createApiKey(request.useCaseContext(), request.body));
    },
  );

  app.get(
    '/exchange/api-keys',
    { config: stewards, schema: { tags, summary: "The department's API keys (never the secret)", response: { 200: Type.Object({ items: Type.Array(ApiKeyView) }), 401: ErrorBody, 403: ErrorBody } } },
    async (request) => listApiKeys(request.useCaseContext()),
  );

  app.post(
    '/exchange/api-keys/:id/revoke',
    { config: stewards, schema: { tags, summary: 'Revoke an API key of the department', params: Id, response: { 200: ApiKeyView, ...Refused } } },
    async (request) => revokeApiKey(request.useCaseContext(), request.params.id),
  );
};
