import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../../platform/errors/app-error';
import { ErrorBody } from '../identity/schemas';
import { parseVersion } from './applicant-routes';
import { listAssignees } from './list-assignees';
import { getApplication } from './case-view';
import { listApplications } from './list-applications';
import { performAction } from './perform-action';
import { ActionBody, CaseSummary, CaseView } from './schemas';
import { APPLICATION_STATUSES } from './tables';
import { ACTIONS } from './workflow';

const signedIn = { policy: { signedIn: true } } as const;
const staff = { policy: { signedIn: true, kinds: ['staff'] } } as const;
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Refused = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 412: ErrorBody, 422: ErrorBody, 428: ErrorBody };

/** Cases: the applicant's own list and the staff inbox, one case, and every action on it (If-Match required). */
export const caseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['applications'];

  app.get(
    '/applications',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'My applications (citizens, enterprises) or the inbox of my departments × region subtree (staff), most urgent first',
        querystring: Type.Object({
          status: Type.Optional(Type.Enum([...APPLICATION_STATUSES])),
          item: Type.Optional(Type.String({ maxLength: 40 })),
          deadline: Type.Optional(Type.Enum(['on_time', 'approaching', 'overdue'])),
          escalated: Type.Optional(Type.Boolean()),
          assigned: Type.Optional(Type.Enum(['me'])),
          cursor: Type.Optional(Type.String({ maxLength: 40 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        }),
        response: { 200: Type.Object({ items: Type.Array(CaseSummary), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...Refused },
      },
    },
    async (request) => listApplications(request.useCaseContext(), { ...request.query, limit: request.query.limit ?? 20 }),
  );

  app.get('/applications/:id', { config: signedIn, schema: { tags, summary: 'One application: form, materials, steps, timeline, deadline, my actions (ETag = version)', params: Id, response: { 200: CaseView, ...Refused } } }, async (request, reply) => {
    const view = await getApplication(request.useCaseContext(), request.params.id);
    void reply.header('etag', `"${view.version}"`);
    return view;
  });

  app.get(
    '/applications/:id/assignees',
    { config: staff, schema: { tags, summary: "Staff of the handling department who hold the current step's role", params: Id, response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) }), ...Refused } } },
    async (request) => ({ items: await listAssignees(request.useCaseContext(), request.params.id) }),
  );

  app.post(
    '/applications/:id/actions/:action',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Act on an application: accept, refuse, request-supplement, supplement, approve, deny, deliver, complete, withdraw, extend, claim, assign',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), action: Type.Enum([...ACTIONS]) }),
        headers: Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 20 })) }),
        body: Type.Optional(ActionBody),
        response: { 200: CaseView, ...Refused },
      },
    },
    async (request, reply) => {
      const ifMatch = request.headers['if-match'];
      if (!ifMatch) throw new AppError('request.precondition_required');
      const ctx = request.useCaseContext();
      await performAction(ctx, request.params.id, request.params.action, parseVersion(String(ifMatch)), request.body ?? {});
      const view = await getApplication(ctx, request.params.id);
      void reply.header('etag', `"${view.version}"`);
      return view;
    },
  );
};
