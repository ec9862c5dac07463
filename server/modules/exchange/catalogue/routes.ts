import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../../platform/errors/app-error';
import { ErrorBody } from '../../identity/schemas';
import { buildDcat } from './build-dcat';
import { editResource } from './edit-resource';
import { exportOpenDataCsv } from './export-open-data-csv';
import { getImport } from './get-import';
import { getResource } from './get-resource';
import { listOpenData } from './list-open-data';
import { listResources } from './list-resources';
import { MAX_IMPORT_BYTES } from './parse-import-file';
import { publishResource } from './publish-resource';
import { runImport } from './run-import';
import { ImportStatus, LoadResult, OpenDataList, RecordsBody, ResourceDetail, ResourceEdit, ResourceInput, ResourceList, ResourceQuery, SavedResource } from './schemas';
import { startImport } from './start-import';
import { upsertRecords } from './upsert-records';

const staff = { policy: { signedIn: true, kinds: ['staff'] } } as const;
const stewards = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['data_steward'] } } as const;
const isPublic = { policy: { public: true } } as const;
const Code = Type.Object({ code: Type.String({ maxLength: 64 }) });
const Refused = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 412: ErrorBody, 422: ErrorBody };

/** The address this request came in on, for absolute links (DCAT harvesters need them). */
function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

function parseVersion(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const n = Number(header.replace(/^W\//, '').replace(/"/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new AppError('request.precondition_failed');
  return n;
}

/** Data exchange: resource catalogue, open data, DCAT, hosted records, imports, quality. */
export const catalogueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['data-exchange'];

  app.get(
    '/exchange/resources',
    { config: staff, schema: { tags, summary: 'Search the data resource catalogue (staff)', querystring: ResourceQuery, response: { 200: ResourceList, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody } } },
    async (request) => listResources(request.useCaseContext(), request.query),
  );

  app.get(
    '/exchange/resources/:code',
    { config: staff, schema: { tags, summary: 'One data resource with fields, record count and quality (staff)', params: Code, response: { 200: ResourceDetail, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => getResource(request.useCaseContext(), request.params.code),
  );

  app.post(
    '/exchange/resources',
    { config: stewards, schema: { tags, summary: "Publish a data resource for the steward's department", body: ResourceInput, response: { 201: SavedResource, ...Refused } } },
    async (request, reply) => reply.status(201).send(await publishResource(request.useCaseContext(), request.body)),
  );

  app.put(
    '/exchange/resources/:code',
    {
      config: stewards,
      schema: { tags, summary: 'Edit a data resource (provider steward; If-Match optional)', params: Code, headers: Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 20 })) }), body: ResourceEdit, response: { 200: SavedResource, ...Refused } },
    },
    async (request) => editResource(request.useCaseContext(), request.params.code, request.body, parseVersion(request.headers['if-match'])),
  );

  app.post(
    '/exchange/resources/:code/records',
    { config: stewards, schema: { tags, summary: 'Upsert hosted records by subject (provider steward; up to 1000)', params: Code, body: RecordsBody, response: { 200: LoadResult, ...Refused } } },
    async (request) => upsertRecords(request.useCaseContext(), request.params.code, request.body.records),
  );

  await app.register(async (plugin) => {
    const imports = plugin.withTypeProvider<TypeBoxTypeProvider>();
    await imports.register(fastifyMultipart, { limits: { files: 1, fileSize: MAX_IMPORT_BYTES, fields: 5, parts: 6 } });
    imports.post(
      '/exchange/resources/:code/imports',
      {
        config: stewards,
        bodyLimit: MAX_IMPORT_BYTES + 64 * 1024,
        schema: { tags, summary: 'Import records from one CSV or XLSX file (multipart field "file"); runs in the background', params: Code, response: { 202: Type.Object({ id: Type.String() }), 413: ErrorBody, 415: ErrorBody, ...Refused } },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new AppError('exchange.import_invalid');
        const part = await request.file();
        if (!part) throw new AppError('exchange.import_invalid');
        let bytes: Buffer;
        try {
          bytes = await part.toBuffer();
        } catch (cause) {
          if ((cause as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('storage.file_too_large', { details: { maxBytes: MAX_IMPORT_BYTES } });
          throw new AppError('exchange.import_invalid', { cause });
        }
        const ctx = request.useCaseContext();
        const started = await startImport(ctx, request.params.code, { fileName: part.filename, bytes });
        void runImport(ctx, started, (error) => request.log.error({ err: error, importId: started.id }, 'import failed'));
        return reply.status(202).send({ id: started.id });
      },
    );
  });

  app.get(
    '/exchange/imports/:id',
    { config: stewards, schema: { tags, summary: "An import's progress and per-row error report (provider steward)", params: Type.Object({ id: Type.String({ maxLength: 64 }) }), response: { 200: ImportStatus, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => getImport(request.useCaseContext(), request.params.id),
  );

  app.get(
    '/exchange/open-data',
    { config: isPublic, schema: { tags, summary: 'Open data resources with CSV links (public)', response: { 200: OpenDataList } } },
    async (request) => listOpenData(request.useCaseContext().db, baseUrl(request)),
  );

  app.get(
    '/exchange/open-data/:code.csv',
    { config: isPublic, schema: { tags, summary: "An open resource's records as CSV (non-personal fields; UTF-8 with BOM; public)", params: Code, response: { 200: Type.String({ description: 'text/csv' }), 404: ErrorBody } } },
    async (request, reply) => {
      const file = await exportOpenDataCsv(request.useCaseContext(), request.params.code);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  );

  app.get(
    '/exchange/dcat',
    { config: isPublic, schema: { tags, summary: 'The open-data catalogue as DCAT-AP 2 JSON-LD (for CKAN/DCAT harvesters; public)', response: { 200: Type.String({ description: 'application/ld+json' }) } } },
    async (request, reply) => {
      const catalogue = await buildDcat(request.useCaseContext().db, baseUrl(request));
      return reply.header('content-type', 'application/ld+json; charset=utf-8').send(JSON.stringify(catalogue));
    },
  );
};
