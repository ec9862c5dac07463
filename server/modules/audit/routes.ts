import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { appendAudit } from '../../platform/audit/append-audit';
import { sealAll } from '../../platform/audit/seal-audit-records';
import { verifyAuditChain } from '../../platform/audit/verify-audit-chain';
import { searchAuditRecords } from './search-audit-records';

const AuditItem = Type.Object({
  id: Type.Integer(),
  seq: Type.Union([Type.Integer(), Type.Null()]),
  at: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.String(),
  ip: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  objectType: Type.String(),
  objectId: Type.Union([Type.String(), Type.Null()]),
  result: Type.String(),
  details: Type.Record(Type.String(), Type.Unknown()),
});

const auditAdmin = { signedIn: true, kinds: ['staff'], anyRole: ['audit_admin'] } as const;

/** The audit admin's review: search the tamper-evident log and verify the chain. */
export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['audit'];
  app.get(
    '/audit/records',
    {
      config: { policy: auditAdmin },
      schema: {
        tags,
        summary: 'Search audit records (audit admin)',
        querystring: Type.Object({
          actor: Type.Optional(Type.String({ maxLength: 100 })),
          object: Type.Optional(Type.String({ maxLength: 100 })),
          from: Type.Optional(Type.String({ format: 'date-time' })),
          to: Type.Optional(Type.String({ format: 'date-time' })),
          cursor: Type.Optional(Type.Integer({ minimum: 1 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
        }),
        response: { 200: Type.Object({ items: Type.Array(AuditItem), nextCursor: Type.Union([Type.String(), Type.Null()]) }) },
      },
    },
    async (request) => searchAuditRecords(request.useCaseContext(), { ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.post(
    '/audit/verify',
    {
      config: { policy: auditAdmin },
      schema: {
        tags,
        summary: 'Seal pending records and verify the whole chain and its signed checkpoints',
        response: { 200: Type.Object({ intact: Type.Boolean(), checked: Type.Integer(), firstBadSeq: Type.Union([Type.Integer(), Type.Null()]), reason: Type.Union([Type.String(), Type.Null()]) }) },
      },
    },
    async (request) => {
      const ctx = request.useCaseContext();
      await sealAll(ctx.db, ctx.signer);
      const report = await verifyAuditChain(ctx.db, ctx.signer);
      await ctx.db.transaction(async (tx) =>
        appendAudit(tx, ctx, { action: 'audit.verified', objectType: 'audit_chain', result: report.intact ? 'success' : 'failure', details: { checked: report.checked, firstBadSeq: report.firstBadSeq } }),
      );
      return report;
    },
  );
};
