import fastifyMultipart from '@fastify/multipart';
import { type FastifyPluginAsyncTypebox, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../../../platform/errors/app-error';
import { ErrorBody } from '../../identity/schemas';
import { INCIDENT_ACTIONS } from '../model';
import { fileIntake } from './file-intake';
import { getIncident, incidentAfterAction } from './get-incident';
import { searchKnowledge } from './knowledge';
import { REPORTER_ACTIONS } from './lifecycle';
import { listIncidents } from './list-incidents';
import { performIncidentAction } from './perform-action';
import { MAX_PHOTO_BYTES, readPhoto, uploadPhoto } from './photos';
import { listPublicIncidents } from './public-incidents';
import { ActionInput, IncidentDetail, IncidentsPage, IncidentsQuery, IntakeInput, KnowledgeResults, PhotoUploaded, PublicIncident } from './schemas';

const tags = ['governance'];
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Refused = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 412: ErrorBody, 422: ErrorBody, 428: ErrorBody };
const signedIn = { policy: { signedIn: true } } as const;
const reporters = { policy: { signedIn: true, kinds: ['citizen', 'enterprise', 'staff'] } } as const;
const staff = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['dispatcher', 'incident_handler', 'grid_worker'] } } as const;
const operators = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['dispatcher'] } } as const;

/** `"7"`, `W/"7"` or `7` → 7; anything else is a stale version (412). */
function parseVersion(raw: string): number {
  const n = Number(raw.replace(/^W\//, '').replace(/"/g, '').trim());
  if (!Number.isInteger(n) || n < 1) throw new AppError('request.precondition_failed', { details: { given: raw } });
  return n;
}

/** City governance: incidents — intake, photos, lists, one incident, its actions, the public map, the knowledge base. */
export const incidentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/governance/incidents',
    {
      config: reporters,
      schema: {
        tags,
        summary: 'Report an incident: citizens (portal), dispatchers (12345 hotline, requestType required), grid workers (patrol); once per Idempotency-Key',
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ maxLength: 200 })) }),
        body: IntakeInput,
        response: { 201: IncidentDetail, ...Refused },
      },
    },
    async (request, reply) => {
      const result = await fileIntake(request.useCaseContext(), request.body, request.headers['idempotency-key']);
      void reply.header('etag', `"${result.body.version}"`);
      return reply.status(result.status).send(result.body);
    },
  );

  app.get(
    '/governance/incidents',
    { config: staff, schema: { tags, summary: 'Incidents in my scope (dispatcher: region; handler: my parts; grid worker: my grids); view=queue is the dispatch queue', querystring: IncidentsQuery, response: { 200: IncidentsPage, ...Refused } } },
    async (request) => listIncidents(request.useCaseContext(), request.query),
  );

  app.get(
    '/me/incidents',
    { config: reporters, schema: { tags, summary: 'The incidents I reported', querystring: IncidentsQuery, response: { 200: IncidentsPage, ...Refused } } },
    async (request) => listIncidents(request.useCaseContext(), request.query, { mine: true }),
  );

  app.get(
    '/governance/incidents/:id',
    { config: signedIn, schema: { tags, summary: 'One incident with its parts, photos, timeline and the actions I may take', params: Id, response: { 200: IncidentDetail, ...Refused } } },
    async (request, reply) => {
      const detail = await getIncident(request.useCaseContext(), request.params.id);
      void reply.header('etag', `"${detail.version}"`);
      return detail;
    },
  );

  app.post(
    '/governance/incidents/:id/actions/:action',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'An action on an incident (If-Match "<version>" for staff actions; the reporter may omit it for reopen and rate)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), action: Type.Enum([...INCIDENT_ACTIONS]) }),
        headers: Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 20 })) }),
        body: Type.Optional(ActionInput),
        response: { 200: IncidentDetail, ...Refused },
      },
    },
    async (request, reply) => {
      const ctx = request.useCaseContext();
      const action = request.params.action;
      const ifMatch = request.headers['if-match'];
      if (!ifMatch && !REPORTER_ACTIONS.includes(action)) throw new AppError('request.precondition_required');
      const row = await performIncidentAction(ctx, request.params.id, action, ifMatch ? parseVersion(String(ifMatch)) : undefined, request.body ?? {});
      const detail = await incidentAfterAction(ctx, row);
      void reply.header('etag', `"${detail.version}"`);
      return detail;
    },
  );

  app.get(
    '/governance/public-incidents',
    {
      config: { policy: { public: true } },
      schema: { tags, summary: 'Incidents of public categories in the last 30 days inside bbox=w,s,e,n, anonymised (no text, place rounded)', querystring: Type.Object({ bbox: Type.String({ maxLength: 100 }) }), response: { 200: Type.Object({ items: Type.Array(PublicIncident) }), 400: ErrorBody, 422: ErrorBody } },
    },
    async (request) => ({ items: await listPublicIncidents(request.useCaseContext().db, request.query.bbox) }),
  );

  app.get(
    '/governance/knowledge',
    { config: operators, schema: { tags, summary: 'The 12345 knowledge base: service guides matching the question', querystring: Type.Object({ q: Type.String({ minLength: 1, maxLength: 100 }) }), response: { 200: KnowledgeResults, ...Refused } } },
    async (request) => searchKnowledge(request.useCaseContext().db, request.query.q),
  );

  app.get(
    '/governance/photos/:id',
    { config: signedIn, schema: { tags, summary: "A photo of an incident (to those who may see the incident, or its uploader before it is used)", params: Id } },
    async (request, reply) => {
      const photo = await readPhoto(request.useCaseContext(), request.params.id);
      return reply.header('content-type', photo.mediaType).header('x-content-type-options', 'nosniff').header('cache-control', 'private, max-age=300').send(photo.bytes);
    },
  );

  await app.register(async (plugin) => {
    const uploads = plugin.withTypeProvider<TypeBoxTypeProvider>();
    await uploads.register(fastifyMultipart, { limits: { files: 1, fileSize: MAX_PHOTO_BYTES, fields: 2, parts: 3 } });
    uploads.post(
      '/governance/photos',
      {
        config: reporters,
        bodyLimit: MAX_PHOTO_BYTES + 64 * 1024,
        schema: { tags, summary: 'Upload one photo (multipart field "file"; JPEG or PNG by content, at most 5 MB)', response: { 201: PhotoUploaded, 413: ErrorBody, 415: ErrorBody, ...Refused } },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new AppError('storage.file_type');
        const part = await request.file();
        if (!part) throw new AppError('storage.file_type');
        let bytes: Buffer;
        try {
          bytes = await part.toBuffer();
        } catch (cause) {
          if ((cause as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('storage.file_too_large', { details: { maxBytes: MAX_PHOTO_BYTES } });
          throw new AppError('storage.file_type', { cause });
        }
        return reply.status(201).send(await uploadPhoto(request.useCaseContext(), part.filename, bytes));
      },
    );
  });
};
