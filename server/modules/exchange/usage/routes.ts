import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Data exchange: who used my data, reports of wrong use. */
export const usageRoutes: FastifyPluginAsyncTypebox = async () => {};
