import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Data exchange: resource catalogue, open data, DCAT, hosted records, imports, quality. */
export const catalogueRoutes: FastifyPluginAsyncTypebox = async () => {};
