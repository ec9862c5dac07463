import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '../../identity/schemas';
import { classifierStatus } from './classifier-status';
import { requestRetrain } from './request-retrain';
import { ClassifierStatus, ClassifyInput, RetrainQueued, Suggestion } from './schemas';
import { suggestCategory } from './suggest-category';

const reporters = { policy: { signedIn: true, kinds: ['staff', 'citizen'] } } as const;
const staff = { policy: { signedIn: true, kinds: ['staff'] } } as const;
const trainers = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['dispatcher', 'system_admin'] } } as const;
const Refused = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 422: ErrorBody, 503: ErrorBody };

/** City governance: classification (a suggested category and department for a text; the model's report; retrain). */
export const classificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['governance: classification'];

  app.post(
    '/governance/classify',
    { config: reporters, schema: { tags, summary: 'The suggested category, department and confidence for an incident text', body: ClassifyInput, response: { 200: Suggestion, ...Refused } } },
    async (request) => suggestCategory(request.useCaseContext(), request.body),
  );

  app.get(
    '/governance/classifier',
    { config: staff, schema: { tags, summary: 'The active model: held-out accuracy overall and per category, and the last 10 trainings', response: { 200: ClassifierStatus, ...Refused } } },
    async (request) => classifierStatus(request.useCaseContext()),
  );

  app.post(
    '/governance/classifier/retrain',
    { config: trainers, schema: { tags, summary: 'Retrain now (queued; dispatcher or system admin)', response: { 202: RetrainQueued, ...Refused } } },
    async (request, reply) => reply.status(202).send(await requestRetrain(request.useCaseContext())),
  );
};
