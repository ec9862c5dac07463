import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '../../identity/schemas';
import { findHotspots, suggestionOf } from './hotspots';
import { listMapIncidents } from './map-incidents';
import { DistrictQuery, HotspotList, MapIncidentList, MapIncidentsQuery, ProactiveSuggestionList } from './schemas';

const staff = { policy: { signedIn: true, kinds: ['staff'] } } as const;
const Refused = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 422: ErrorBody };

/** City governance: oversight — hotspots, 未诉先办 suggestions and the console map's open incidents. */
export const oversightRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['city governance'];
  app.get(
    '/governance/hotspots',
    { config: staff, schema: { tags, summary: 'Clusters of incidents of the last 30 days by grid and category (at least 5), with the previous 30 days', querystring: DistrictQuery, response: { 200: HotspotList, ...Refused } } },
    async (request) => ({ items: await findHotspots(request.useCaseContext().db, { district: request.query.district }) }),
  );

  app.get(
    '/governance/proactive-suggestions',
    { config: staff, schema: { tags, summary: '未诉先办: one suggestion per hotspot, with the department kind that should lead', querystring: DistrictQuery, response: { 200: ProactiveSuggestionList, ...Refused } } },
    async (request) => ({ items: (await findHotspots(request.useCaseContext().db, { district: request.query.district })).map(suggestionOf) }),
  );

  app.get(
    '/governance/map-incidents',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Open incidents with a place for the console map (scoped like the lists; newest first, at most 2,000)',
        querystring: MapIncidentsQuery,
        response: { 200: MapIncidentList, ...Refused },
      },
    },
    async (request) => listMapIncidents(request.useCaseContext(), request.query),
  );
};
