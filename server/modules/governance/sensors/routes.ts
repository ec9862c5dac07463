import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** City governance: sensors. */
export const sensorRoutes: FastifyPluginAsyncTypebox = async () => {};
