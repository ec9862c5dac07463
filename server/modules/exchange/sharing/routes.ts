import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Data exchange: sharing requests, approvals, API keys. */
export const sharingRoutes: FastifyPluginAsyncTypebox = async () => {};
