import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Data exchange: the deny-by-default gateway (lookup, verify) and exchange records. */
export const gatewayRoutes: FastifyPluginAsyncTypebox = async () => {};
