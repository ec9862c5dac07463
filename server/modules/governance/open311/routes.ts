import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** City governance: open311. */
export const open311Routes: FastifyPluginAsyncTypebox = async () => {};
