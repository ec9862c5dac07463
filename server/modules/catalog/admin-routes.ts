import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody } from '../identity/schemas';
import { CatalogueDocument, ImplementationContent, LifeEventContent, StandardItemContent } from './catalogue-format';
import { getImplementationEditor } from './editor-view';
import { exportCatalogue, importCatalogue } from './import-catalogue';
import { saveLifeEvent } from './life-events';
import { listImplementations } from './list-implementations';
import { publishItem } from './publish-item';
import { ImplementationEditorView, ImplementationListItem } from './schemas';
import { saveImplementation } from './save-implementation';
import { saveItemDraft } from './save-item-draft';
import { withdrawItem } from './withdraw-item';
import { listItemVersions } from './list-item-versions';
import { listStandardItems } from './list-standard-items';

const systemAdmin = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['system_admin'] } } as const;
const listEditors = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['system_admin', 'department_admin'] } } as const;
const ItemCode = Type.Object({ code: Type.String({ maxLength: 40 }) });
const Refused = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const LocalValues = Type.Omit(ImplementationContent, ['itemCode', 'regionCode']);

/** Catalogue editing: standard items and life events (system admin), local implementation lists (department admins). */
export const catalogAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['catalogue administration'];
  app.put(
    '/catalog/items/:code/draft',
    { config: systemAdmin, schema: { tags, summary: 'Save the draft version of a standard item', params: ItemCode, body: StandardItemContent, response: { 200: Type.Object({ code: Type.String(), version: Type.Integer() }), ...Refused } } },
    async (request) => saveItemDraft(request.useCaseContext(), { ...request.body, code: request.params.code }),
  );

  app.post(
    '/catalog/items/:code/publish',
    {
      config: systemAdmin,
      schema: { tags, summary: 'Publish the draft (checks everything; flags local lists for review)', params: ItemCode, response: { 200: Type.Object({ code: Type.String(), version: Type.Integer(), flaggedImplementations: Type.Integer() }), ...Refused } },
    },
    async (request) => publishItem(request.useCaseContext(), request.params.code),
  );

  app.post(
    '/catalog/items/:code/withdraw',
    { config: systemAdmin, schema: { tags, summary: 'Withdraw the published version', params: ItemCode, response: { 204: Type.Null(), ...Refused } } },
    async (request, reply) => {
      await withdrawItem(request.useCaseContext(), request.params.code);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/catalog/standard-items',
    {
      config: listEditors,
      schema: {
        tags,
        summary: 'Every standard item, drafts and withdrawn included, with its latest version and status',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                code: Type.String(),
                name: Type.Object({ zh: Type.String(), en: Type.String() }),
                type: Type.String(),
                departmentKind: Type.String(),
                currentVersion: Type.Union([Type.Integer(), Type.Null()]),
                latestVersion: Type.Integer(),
                latestStatus: Type.String(),
                hasDraft: Type.Boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await listStandardItems(request.useCaseContext().db) }),
  );

  app.get(
    '/catalog/items/:code/versions',
    {
      config: listEditors,
      schema: {
        tags,
        summary: 'All versions of a standard item with their status and content',
        params: ItemCode,
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ version: Type.Integer(), status: Type.String(), publishedAt: Type.Union([Type.String(), Type.Null()]), content: StandardItemContent })) }), ...Refused },
      },
    },
    async (request) => ({ items: await listItemVersions(request.useCaseContext().db, request.params.code) }),
  );

  app.put(
    '/catalog/life-events/:id',
    { config: systemAdmin, schema: { tags, summary: 'Save a life event', params: Type.Object({ id: Type.String({ maxLength: 60 }) }), body: LifeEventContent, response: { 200: Type.Object({ id: Type.String() }), ...Refused } } },
    async (request) => saveLifeEvent(request.useCaseContext(), { ...request.body, id: request.params.id }),
  );

  app.post(
    '/catalog/import',
    {
      config: systemAdmin,
      schema: {
        tags,
        summary: 'Import a catalogue document (data elements, items, life events)',
        body: CatalogueDocument,
        response: {
          200: Type.Object({
            dataElements: Type.Integer(),
            published: Type.Array(Type.String()),
            unchanged: Type.Array(Type.String()),
            failed: Type.Array(Type.Object({ code: Type.String(), error: Type.String(), details: Type.Optional(Type.Unknown()) })),
            lifeEvents: Type.Integer(),
          }),
          ...Refused,
        },
      },
      bodyLimit: 20 * 1024 * 1024,
    },
    async (request) => importCatalogue(request.useCaseContext(), request.body),
  );

  app.get(
    '/catalog/export',
    { config: listEditors, schema: { tags, summary: 'Export the published catalogue as JSON', response: { 200: CatalogueDocument } } },
    async (request) => exportCatalogue(request.useCaseContext().db),
  );

  app.get(
    '/catalog/implementations',
    {
      config: listEditors,
      schema: {
        tags,
        summary: 'Local implementation lists in your region scope (needsReview=true: waiting for re-confirmation)',
        querystring: Type.Object({ region: Type.Optional(Type.String({ pattern: '^[0-9]{6,12}$' })), needsReview: Type.Optional(Type.Boolean()) }),
        response: { 200: Type.Object({ items: Type.Array(ImplementationListItem) }) },
      },
    },
    async (request) => ({ items: await listImplementations(request.useCaseContext(), request.query) }),
  );

  const ImplementationKey = Type.Object({ itemCode: Type.String({ maxLength: 40 }), regionCode: Type.String({ pattern: '^[0-9]{6,12}$' }) });
  app.get(
    '/catalog/implementations/:itemCode/:regionCode',
    {
      config: listEditors,
      schema: { tags, summary: 'The standard beside the region’s local values (own or inherited)', params: ImplementationKey, response: { 200: ImplementationEditorView, ...Refused } },
    },
    async (request) => getImplementationEditor(request.useCaseContext(), request.params.itemCode, request.params.regionCode),
  );

  app.put(
    '/catalog/implementations/:itemCode/:regionCode',
    {
      config: listEditors,
      schema: {
        tags,
        summary: 'Claim or re-confirm a standard item for a region; refused (422) when it adds burden',
        params: ImplementationKey,
        body: LocalValues,
        response: { 200: Type.Object({ id: Type.String(), standardVersion: Type.Integer() }), ...Refused },
      },
    },
    async (request) => saveImplementation(request.useCaseContext(), { ...request.body, ...request.params }),
  );
};
