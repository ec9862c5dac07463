import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** City governance: places. */
export const placesRoutes: FastifyPluginAsyncTypebox = async () => {};
