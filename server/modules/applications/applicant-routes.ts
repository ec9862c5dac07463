import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { withIdempotency } from '../../platform/http/idempotency';
import { storeUpload } from '../../platform/storage/store-upload';
import { ErrorBody } from '../identity/schemas';
import { deleteDraft, getDraft, listDrafts, saveDraft } from './drafts';
import { prepareApplication } from './prepare-application';
import { rateApplication } from './rate-application';
import { ApplicationInput, Draft, DraftSaved, DraftSummary, PrepareQuery, PrepareView, Rating, RatingInput, Submitted } from './schemas';
import { assertTarget, submitApplication } from './submit-application';
import { readFile } from './read-file';

const applicant = { policy: { signedIn: true, kinds: ['citizen', 'enterprise'] } } as const;
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Refused = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 412: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody };
const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream'];
const DraftInput = Type.Omit(ApplicationInput, ['draftId', 'consent', 'manual']);

/** Applying (一网通办, the applicant's side): prepare, upload, drafts, submit once, rate. */
export const applicantRoutes: FastifyPluginAsyncTypebox<{ maxUploadBytes: number }> = async (app, options) => {
  const tags = ['applications'];

  app.get(
    '/applications/prepare',
    {
      config: applicant,
      schema: {
        tags,
        summary: 'The form with what the platform already holds or fetches through the data exchange filled in (with source and time), what needs separate consent, and how each material will be provided',
        querystring: PrepareQuery,
        response: { 200: PrepareView, ...Refused },
      },
    },
    async (request) => {
      assertTarget(request.query);
      const { consent, ...query } = request.query;
      return prepareApplication(request.useCaseContext(), { ...query, consent: consent ? consent.split(',').filter(Boolean) : [] });
    },
  );

  // Uploads arrive as raw bytes; their type is decided by content (magic bytes), never by header or name.
  app.register(async (uploads) => {
    uploads.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: options.maxUploadBytes }, (_request, body, done) => done(null, body));
    uploads.post(
      '/applications/uploads',
      {
        config: applicant,
        bodyLimit: options.maxUploadBytes,
        schema: {
          tags,
          summary: 'Upload a material (PDF, JPEG or PNG by content; raw bytes, file name in X-File-Name)',
          headers: Type.Object({ 'x-file-name': Type.Optional(Type.String({ maxLength: 600 })) }),
          response: { 201: Type.Object({ id: Type.String(), fileName: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer(), sha256: Type.String() }), ...Refused },
        },
      },
      async (request, reply) => {
        const ctx = request.useCaseContext();
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const fileName = decodeFileName(request.headers['x-file-name']);
        const stored = await storeUpload(ctx.db, ctx.storage, { ownerId: ctx.actor!.userId, fileName, bytes, maxBytes: options.maxUploadBytes });
        return reply.status(201).send(stored);
      },
    );
  });

  app.get(
    '/applications/files/:id',
    { config: { policy: { signedIn: true } }, schema: { tags, summary: 'An uploaded file (its owner, or staff handling the case it belongs to)', params: Id } },
    async (request, reply) => {
      const file = await readFile(request.useCaseContext(), request.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('x-content-sha256', file.sha256)
        .send(file.bytes);
    },
  );

  app.get('/applications/drafts', { config: applicant, schema: { tags, summary: 'My drafts', response: { 200: Type.Object({ items: Type.Array(DraftSummary) }) } } }, async (request) => ({
    items: await listDrafts(request.useCaseContext()),
  }));

  app.post(
    '/applications/drafts',
    { config: applicant, schema: { tags, summary: 'Start a draft (saved as the applicant types)', body: DraftInput, response: { 201: DraftSaved, ...Refused } } },
    async (request, reply) => {
      assertTarget(request.body);
      return reply.status(201).send(await saveDraft(request.useCaseContext(), null, request.body));
    },
  );

  app.get('/applications/drafts/:id', { config: applicant, schema: { tags, summary: 'One of my drafts', params: Id, response: { 200: Draft, ...Refused } } }, async (request) =>
    getDraft(request.useCaseContext(), request.params.id),
  );

  app.put(
    '/applications/drafts/:id',
    {
      config: applicant,
      schema: { tags, summary: 'Save a draft (If-Match optional)', params: Id, headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }), body: DraftInput, response: { 200: DraftSaved, ...Refused } },
    },
    async (request) => {
      assertTarget(request.body);
      const ifMatch = request.headers['if-match'];
      return saveDraft(request.useCaseContext(), request.params.id, request.body, ifMatch ? parseVersion(ifMatch) : undefined);
    },
  );

  app.delete('/applications/drafts/:id', { config: applicant, schema: { tags, summary: 'Delete a draft', params: Id, response: { 204: Type.Null(), ...Refused } } }, async (request, reply) => {
    await deleteDraft(request.useCaseContext(), request.params.id);
    return reply.status(204).send(null);
  });

  app.post(
    '/applications',
    {
      config: applicant,
      schema: {
        tags,
        summary: 'Apply (an item in a region, or a life event): send an Idempotency-Key; the same key and body returns the first answer',
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) }),
        body: ApplicationInput,
        response: { 201: Submitted, ...Refused },
      },
    },
    async (request, reply) => {
      const ctx = request.useCaseContext();
      assertTarget(request.body);
      const result = await withIdempotency(ctx.db, { principal: ctx.actor!.userId, scope: 'applications.submit', key: request.headers['idempotency-key'], body: request.body }, async (tx) => ({
        status: 201,
        body: await submitApplication(tx, { ...ctx, db: tx }, request.body),
      }));
      if (result.replayed) void reply.header('idempotent-replayed', 'true');
      return reply.status(result.status as 201).send(result.body);
    },
  );

  app.post(
    '/applications/:id/rating',
    { config: applicant, schema: { tags, summary: 'Rate a completed application (好差评, one rating per case)', params: Id, body: RatingInput, response: { 201: Rating, ...Refused } } },
    async (request, reply) => reply.status(201).send(await rateApplication(request.useCaseContext(), request.params.id, request.body)),
  );
};

function decodeFileName(header: string | string[] | undefined): string {
  try {
    return decodeURIComponent(String(header ?? 'file'));
  } catch {
    return 'file';
  }
}

/** If-Match carries the version the client saw, as a bare or quoted number (ETag form). */
export function parseVersion(header: string): number {
  const n = Number(header.replace(/^W\//, '').replaceAll('"', ''));
  return Number.isInteger(n) && n > 0 ? n : -1;
}
