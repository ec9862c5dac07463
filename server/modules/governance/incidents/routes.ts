import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** City governance: incidents. */
export const incidentRoutes: FastifyPluginAsyncTypebox = async () => {};
