import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** City governance: oversight. */
export const oversightRoutes: FastifyPluginAsyncTypebox = async () => {};
