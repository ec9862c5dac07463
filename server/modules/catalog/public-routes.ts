import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody } from '../identity/schemas';
import { getItemGuide } from './get-item-guide';
import { getLifeEvent, listLifeEvents } from './life-events';
import { ItemGuide, ItemSummary, LifeEventSummary, LifeEventView } from './schemas';
import { searchItems } from './search-items';
import { listDataElements } from './data-elements';
import { DataElement } from './catalogue-format';

const Region = Type.String({ pattern: '^[0-9]{6,12}$' });
const isPublic = { policy: { public: true } } as const;

/** The public catalogue: search and browse items, service guides, life events, the data-element vocabulary. */
export const catalogPublicRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['catalogue'];
  app.get(
    '/catalog/items',
    {
      config: isPublic,
      schema: {
        tags,
        summary: 'Search and browse published service items (Chinese queries are segmented; English typos tolerated)',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100 })),
          region: Type.Optional(Region),
          department: Type.Optional(Type.String({ maxLength: 40 })),
          lifeEvent: Type.Optional(Type.String({ maxLength: 60 })),
          theme: Type.Optional(Type.String({ maxLength: 40 })),
          audience: Type.Optional(Type.Enum(['person', 'enterprise'])),
          cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        }),
        response: { 200: Type.Object({ items: Type.Array(ItemSummary), nextCursor: Type.Union([Type.String(), Type.Null()]) }), 404: ErrorBody },
      },
    },
    async (request) => searchItems(request.useCaseContext().db, { ...request.query, limit: request.query.limit ?? 20 }),
  );

  app.get(
    '/catalog/items/:code',
    {
      config: isPublic,
      schema: {
        tags,
        summary: "A service guide, with the region's local implementation (own or inherited)",
        params: Type.Object({ code: Type.String({ maxLength: 40 }) }),
        querystring: Type.Object({ region: Type.Optional(Region) }),
        response: { 200: ItemGuide, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (request) => getItemGuide(request.useCaseContext().db, request.params.code, request.query.region),
  );

  app.get(
    '/catalog/life-events',
    { config: isPublic, schema: { tags, summary: 'Life events (一件事)', response: { 200: Type.Object({ items: Type.Array(LifeEventSummary) }) } } },
    async (request) => ({
      items: (await listLifeEvents(request.useCaseContext().db)).map((e) => ({ id: e.id, name: e.name, description: e.description, audience: e.audience, itemCodes: e.items.map((i) => i.itemCode) })),
    }),
  );

  app.get(
    '/catalog/life-events/:id',
    {
      config: isPublic,
      schema: {
        tags,
        summary: 'A life event: merged form, one set of materials, joint limit, what it replaces',
        params: Type.Object({ id: Type.String({ maxLength: 60 }) }),
        querystring: Type.Object({ region: Type.Optional(Region) }),
        response: { 200: LifeEventView, 404: ErrorBody },
      },
    },
    async (request) => getLifeEvent(request.useCaseContext().db, request.params.id, request.query.region),
  );

  app.get(
    '/catalog/data-elements',
    { config: isPublic, schema: { tags, summary: 'The shared data-element vocabulary', response: { 200: Type.Object({ items: Type.Array(DataElement) }) } } },
    async (request) => ({ items: await listDataElements(request.useCaseContext().db) }),
  );
};
