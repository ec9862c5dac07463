import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { getPerson, listPeople } from './people';
import { registerCitizen } from './register-citizen';
import { registerEnterprise } from './register-enterprise';
import { ErrorBody, IdResult, PersonView } from './schemas';
import { UNMASK_ROLES, unmaskPersonField } from './unmask-person-field';

const Text = (max: number) => Type.String({ maxLength: max });

export const peopleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['people'];
  app.post(
    '/citizens',
    {
      config: { policy: { public: true } },
      schema: {
        tags,
        summary: 'Register a citizen (natural person)',
        body: Type.Object({
          name: Text(50),
          idNumber: Text(18),
          mobile: Text(11),
          password: Text(128),
          regionCode: Type.Optional(Text(12)),
          address: Type.Optional(Text(200)),
        }),
        response: { 201: IdResult, 400: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await registerCitizen(request.useCaseContext(), request.body)),
  );

  app.post(
    '/enterprises',
    {
      config: { policy: { public: true } },
      schema: {
        tags,
        summary: 'Register an enterprise (legal person) by its unified social credit code',
        body: Type.Object({
          name: Text(100),
          creditCode: Text(18),
          legalRepresentative: Text(50),
          mobile: Text(11),
          password: Text(128),
          regionCode: Type.Optional(Text(12)),
        }),
        response: { 201: IdResult, 400: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await registerEnterprise(request.useCaseContext(), request.body)),
  );

  app.get(
    '/people',
    {
      config: { policy: { signedIn: true, kinds: ['staff'] } },
      schema: {
        tags,
        summary: 'People in your region scope (masked)',
        querystring: Type.Object({ cursor: Type.Optional(Type.String({ format: 'uuid' })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) }),
        response: { 200: Type.Object({ items: Type.Array(PersonView), nextCursor: Type.Union([Type.String(), Type.Null()]) }) },
      },
    },
    async (request) => listPeople(request.useCaseContext(), { cursor: request.query.cursor, limit: request.query.limit ?? 50 }),
  );

  app.get(
    '/people/:id',
    {
      config: { policy: { signedIn: true } },
      schema: { tags, summary: 'One person (yourself, or in your scope), masked', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: PersonView, 404: ErrorBody } },
    },
    async (request) => getPerson(request.useCaseContext(), request.params.id),
  );

  app.post(
    '/people/:id/unmask',
    {
      config: { policy: { signedIn: true, kinds: ['staff'], anyRole: UNMASK_ROLES } },
      schema: {
        tags,
        summary: 'Show one personal-data value in full for a stated purpose (audited)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({
          field: Type.Union([Type.Literal('idNumber'), Type.Literal('mobile'), Type.Literal('address'), Type.Literal('creditCode')]),
          purpose: Type.String({ minLength: 2, maxLength: 200 }),
        }),
        response: { 200: Type.Object({ field: Type.String(), value: Type.Union([Type.String(), Type.Null()]) }), 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => unmaskPersonField(request.useCaseContext(), { personId: request.params.id, ...request.body }),
  );
};
