import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** City governance: classification. */
export const classificationRoutes: FastifyPluginAsyncTypebox = async () => {};
