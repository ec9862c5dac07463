import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { ErrorBody } from '../../identity/schemas';
import { sealAllExchangeRecords, verifyExchangeChain } from './exchange-chain';
import { lookup, type GatewayCaller } from './gateway';
import { listExchangeRecords } from './list-exchange-records';
import { resolveCaller } from './resolve-caller';
import { ChainReportBody, ExchangeRecordItem, LookupAnswer, LookupBody, RecordsQuery, VerifyAnswer, VerifyBody } from './schemas';
import { verifyClaim } from './verify-claim';

// The gateway authenticates its callers itself (an API key or a staff session; see resolve-caller.ts), before
// the body is validated, so the guard treats these two routes as public; anonymous calls still get 401.
const gatewayPolicy = { policy: { public: true, describe: 'API key (Bearer ywk_…) or staff session, checked by the gateway' } } as const;
const recordReaders = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['data_steward', 'audit_admin'] } } as const;
const auditAdmin = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['audit_admin'] } } as const;
const refusals = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 400: ErrorBody, 422: ErrorBody, 429: ErrorBody };

// The caller and the use-case context of a gateway request, made once in preValidation for its handler.
const calls = new WeakMap<FastifyRequest, { caller: GatewayCaller; ctx: UseCaseContext }>();

async function authenticate(request: FastifyRequest): Promise<void> {
  const body = request.body as { resource?: unknown } | undefined;
  const ctx = request.useCaseContext();
  calls.set(request, { ctx, caller: await resolveCaller(ctx, request.headers.authorization, typeof body?.resource === 'string' ? body.resource : undefined) });
}

function callOf(request: FastifyRequest): { caller: GatewayCaller; ctx: UseCaseContext } {
  const call = calls.get(request);
  if (!call) throw new AppError('exchange.unauthenticated');
  return call;
}

function refusal(outcome: { result: 'refused' | 'not_found' | 'rate_limited'; reason: string }): AppError {
  if (outcome.result === 'not_found') return new AppError('exchange.record_not_found');
  if (outcome.result === 'rate_limited') return new AppError('exchange.rate_limited', { headers: { 'retry-after': '60' }, details: { reason: outcome.reason } });
  return new AppError('exchange.access_denied', { details: { reason: outcome.reason } });
}

/** Data exchange: the deny-by-default gateway (lookup, verify) and exchange records. */
export const gatewayRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['data exchange'];
  app.post(
    '/exchange/lookup',
    {
      config: gatewayPolicy,
      preValidation: authenticate,
      schema: { tags, summary: 'Look up a subject’s fields under an active sharing grant (every call is recorded)', body: LookupBody, response: { 200: LookupAnswer, ...refusals } },
    },
    async (request) => {
      const { ctx, caller } = callOf(request);
      const outcome = await lookup(ctx, caller, request.body);
      if (!outcome.ok) throw refusal(outcome);
      return { resource: outcome.resource, subject: outcome.subject ?? '', fields: outcome.fields, masked: outcome.masked, fetchedAt: outcome.fetchedAt, recordId: outcome.recordId };
    },
  );

  app.post(
    '/exchange/verify',
    {
      config: gatewayPolicy,
      preValidation: authenticate,
      schema: { tags, summary: 'Answer yes or no to a claim about a subject without returning the data (核验)', body: VerifyBody, response: { 200: VerifyAnswer, ...refusals } },
    },
    async (request) => {
      const { ctx, caller } = callOf(request);
      const outcome = await verifyClaim(ctx, caller, request.body);
      if (!outcome.ok) throw refusal(outcome);
      return { result: outcome.result, recordId: outcome.recordId };
    },
  );

  app.get(
    '/exchange/records',
    {
      config: recordReaders,
      schema: {
        tags,
        summary: 'Exchange records, newest first (stewards: their department as provider or caller; audit admin: all)',
        querystring: RecordsQuery,
        response: { 200: Type.Object({ items: Type.Array(ExchangeRecordItem), nextCursor: Type.Union([Type.Integer(), Type.Null()]) }), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => listExchangeRecords(request.useCaseContext(), request.query),
  );

  app.get(
    '/exchange/records/verify',
    { config: auditAdmin, schema: { tags, summary: 'Seal pending exchange records and verify the chain and its signed checkpoints', response: { 200: ChainReportBody, 401: ErrorBody, 403: ErrorBody } } },
    async (request) => {
      const ctx = request.useCaseContext();
      await sealAllExchangeRecords(ctx.db, ctx.signer);
      const report = await verifyExchangeChain(ctx.db, ctx.signer);
      await ctx.db.transaction(async (tx) =>
        appendAudit(tx, ctx, { action: 'exchange.chain_verified', objectType: 'exchange_chain', result: report.intact ? 'success' : 'failure', details: { checked: report.checked, firstBadSeq: report.firstBadSeq } }),
      );
      return report;
    },
  );
};
