import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '../../identity/schemas';
import { listCategories } from './list-categories';
import { listGrids } from './list-grids';
import { locatePlace } from './locate-place';
import { listMyGrids } from './my-grids';
import { CategoryTree, GridCollection, GridsQuery, LocatedPlace, LocateQuery, MyGrids } from './schemas';

const isPublic = { policy: { public: true } } as const;
const staff = { policy: { signedIn: true, kinds: ['staff'] } } as const;
const Refused = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 422: ErrorBody, 503: ErrorBody };
// The tree and the map change rarely; a short shared cache spares the portal's map page a round trip per view.
const PUBLIC_CACHE = 'public, max-age=300';

/** City governance: the category tree, the grid map and where a point lies. */
export const placesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['city governance'];

  app.get(
    '/governance/categories',
    { config: isPublic, schema: { tags, summary: 'The incident category tree: groups and leaves, with department kind, public map, anonymity and deadlines', response: { 200: CategoryTree } } },
    async (request, reply) => {
      void reply.header('cache-control', PUBLIC_CACHE);
      return listCategories(request.useCaseContext().db);
    },
  );

  app.get(
    '/governance/grids',
    { config: isPublic, schema: { tags, summary: 'The grid map (网格) as a GeoJSON FeatureCollection, optionally under one region', querystring: GridsQuery, response: { 200: GridCollection, 400: ErrorBody } } },
    async (request, reply) => {
      void reply.header('cache-control', PUBLIC_CACHE).header('content-type', 'application/geo+json; charset=utf-8');
      return listGrids(request.useCaseContext().db, request.query.region);
    },
  );

  app.get(
    '/governance/places/locate',
    { config: staff, schema: { tags, summary: 'Where a point lies: grid, community, street and district, or the nearest district when outside every grid (staff)', querystring: LocateQuery, response: { 200: LocatedPlace, ...Refused } } },
    async (request) => locatePlace(request.useCaseContext(), { lat: request.query.lat, lng: request.query.lng }),
  );

  app.get(
    '/governance/me/grids',
    { config: staff, schema: { tags, summary: 'The grids you work as a grid worker (empty for other staff), for the patrol page', response: { 200: MyGrids, 401: ErrorBody, 403: ErrorBody } } },
    async (request) => listMyGrids(request.useCaseContext()),
  );
};
