import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../../platform/errors/app-error';
import { ErrorBody } from '../../identity/schemas';
import { ingestReadings } from './ingest-readings';
import { authenticateIntakeClient, keyFromAuthorization, type IntakeClientRow } from './intake-client';

// Sensor platforms authenticate with their intake key, before the body is validated (so a caller without a key
// learns nothing about the body's shape); the guard therefore treats the route as public.
const keyPolicy = { policy: { public: true, describe: 'Intake API key (Bearer ywk_…) with the sensors scope, checked by the route' } } as const;

const ReadingInput = Type.Object(
  {
    sensorCode: Type.String({ minLength: 1, maxLength: 64 }),
    metric: Type.String({ minLength: 1, maxLength: 32 }),
    value: Type.Number(),
    measuredAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
const ReadingsBody = Type.Object({ readings: Type.Array(ReadingInput, { minItems: 1, maxItems: 500 }) }, { additionalProperties: false });
const ReadingResult = Type.Object({
  index: Type.Integer(),
  sensorCode: Type.String(),
  outcome: Type.Union([Type.Literal('opened'), Type.Literal('updated'), Type.Literal('closed'), Type.Literal('none')]),
  incidentId: Type.Union([Type.String(), Type.Null()]),
});
const ReadingsAnswer = Type.Object({ accepted: Type.Integer(), results: Type.Array(ReadingResult) });

const clients = new WeakMap<FastifyRequest, IntakeClientRow>();

async function authenticate(request: FastifyRequest): Promise<void> {
  const key = keyFromAuthorization(request.headers.authorization);
  clients.set(request, await authenticateIntakeClient(request.useCaseContext().db, key, 'sensors'));
}

/** City governance: sensor readings open and close incidents by threshold rules. */
export const sensorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/governance/sensor-readings',
    {
      config: keyPolicy,
      preValidation: authenticate,
      schema: {
        tags: ['city governance'],
        summary: 'Sensor readings (1–500); above a rule’s threshold an episode opens one incident, back below it closes it',
        body: ReadingsBody,
        response: { 202: ReadingsAnswer, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      const client = clients.get(request);
      if (!client) throw new AppError('governance.unauthenticated');
      const results = await ingestReadings(request.useCaseContext(), client, request.body.readings);
      return reply.status(202).send({ accepted: results.length, results });
    },
  );
};
