import type { UseCaseContext } from '../../../platform/context';
import { insertExchangeRecords, writeRefusal, type NewExchangeRecord } from './exchange-log';
import { admitCall } from './admit-call';
import { gatewayState } from './gateway-cache';
import { presentFields } from './mask-fields';

// The gateway's contract for other modules (the once-only broker in applications codes against it).

/** Who is calling: a consumer system's API key, a staff member, or the once-only broker on an application. */
export interface GatewayCaller {
  kind: 'api_key' | 'staff' | 'broker';
  departmentId: string;
  apiKeyId?: string;
  grantIds?: readonly string[];
  actorId?: string | null;
}

export interface LookupInput {
  resource: string;
  subject: string /* clear resident ID or credit code */;
  fields: readonly string[];
  purpose: string;
  caseRef?: string | null;
  basis?: 'consent' | 'statutory';
}

export type LookupOutcome =
  | {
      ok: true;
      resource: string;
      providerDepartmentId: string;
      fields: Record<string, string | number | boolean | null>;
      masked: string[];
      fetchedAt: string;
      /** The subject, masked (for answers). */
      subject?: string;
      /** The exchange record of this call. */
      recordId?: number;
    }
  | { ok: false; result: 'refused' | 'not_found' | 'rate_limited'; reason: string };

/**
 * One lookup through the gateway: deny by default (an active grant of the caller's department must cover every
 * field), rate-limited per grant, sensitive fields masked unless the grant allows plain values, and an exchange
 * record for every call. Never throws for a refusal; throws AppError only for malformed input.
 */
export function lookup(ctx: UseCaseContext, caller: GatewayCaller, input: LookupInput): Promise<LookupOutcome> {
  return gatewayState(ctx.db).track(() => lookupOnce(ctx, caller, input));
}

async function lookupOnce(ctx: UseCaseContext, caller: GatewayCaller, input: LookupInput): Promise<LookupOutcome> {
  const admitted = await admitCall(ctx, caller, { ...input, method: 'lookup' });
  if (!admitted.ok) return { ok: false, result: admitted.result, reason: admitted.reason };
  const { values, masked } = presentFields(admitted.resource.fieldByKey, input.fields, admitted.data, admitted.grant.plainFields);
  const recordId = await admitted.log();
  return {
    ok: true,
    resource: admitted.resource.code,
    providerDepartmentId: admitted.resource.providerDepartmentId,
    fields: values,
    masked,
    fetchedAt: new Date().toISOString(),
    subject: admitted.subject.masked,
    recordId,
  };
}

/** Appends one exchange record outside a gateway call (e.g. an e-licence fetched for an application, an unmask). */
export async function recordExchange(
  ctx: UseCaseContext,
  entry: {
    method: 'licence' | 'unmask' | 'lookup' | 'verify';
    callerKind: 'api_key' | 'staff' | 'broker';
    callerDepartmentId?: string | null;
    actorId?: string | null;
    resourceCode: string;
    providerDepartmentId?: string | null;
    subjectBidx: string | null;
    fields: string[];
    purpose: string;
    caseRef?: string | null;
    basis?: 'grant' | 'consent' | 'statutory' | null;
    result: 'allowed' | 'refused' | 'not_found' | 'rate_limited';
    reason?: string | null;
  },
): Promise<void> {
  const row: NewExchangeRecord = {
    at: new Date(),
    method: entry.method,
    callerKind: entry.callerKind,
    callerDepartmentId: entry.callerDepartmentId ?? null,
    actorId: entry.actorId !== undefined ? entry.actorId : (ctx.actor?.userId ?? null),
    resourceCode: entry.resourceCode,
    providerDepartmentId: entry.providerDepartmentId ?? null,
    subjectBidx: entry.subjectBidx,
    fields: entry.fields,
    purpose: entry.purpose,
    caseRef: entry.caseRef ?? null,
    basis: entry.basis ?? null,
    result: entry.result,
    reason: entry.reason ?? null,
    requestId: ctx.requestId,
  };
  // Not the hot path, and callers may pass a transaction as ctx.db (an unmask): a plain insert on it.
  if (entry.result === 'refused') await writeRefusal(ctx, row);
  else await insertExchangeRecords(ctx.db, [row]);
}
