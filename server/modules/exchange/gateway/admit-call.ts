import type { UseCaseContext } from '../../../platform/context';
import { todayInChina } from '../../../platform/calendar/working-calendar';
import { ProblemList } from '../../../platform/errors/app-error';
import type { UsageBasis } from '../model';
import { authoriseCall } from './authorise-call';
import { exchangeLog, writeRefusal, type NewExchangeRecord } from './exchange-log';
import { gatewayState, type GatewayGrant, type GatewayResource } from './gateway-cache';
import type { GatewayCaller } from './gateway';
import { parseSubject, type Subject } from './subject';

export interface CallInput {
  method: 'lookup' | 'verify';
  resource: string;
  subject: string;
  fields: readonly string[];
  purpose: string;
  caseRef?: string | null;
  basis?: 'consent' | 'statutory';
}

export type Refusal = { ok: false; result: 'refused' | 'not_found' | 'rate_limited'; reason: string; recordId: number };

export interface Admitted {
  ok: true;
  resource: GatewayResource;
  grant: GatewayGrant;
  subject: Subject;
  /** The subject's record, decrypted. */
  data: Record<string, unknown>;
  /** Writes the allowed exchange record (group commit) and resolves with its id once committed. */
  log(): Promise<number>;
}

// Today in China, kept for the China day it was computed in (every call compares grant periods with it).
let today = { value: '', from: 0, until: 0 };

function chinaToday(): string {
  const now = Date.now();
  if (now < today.from || now >= today.until) {
    const day = 86_400_000;
    const chinaOffset = 8 * 3_600_000;
    const from = Math.floor((now + chinaOffset) / day) * day - chinaOffset;
    today = { value: todayInChina(new Date(now)), from, until: from + day };
  }
  return today.value;
}

function checkInput(input: CallInput): void {
  const problems = new ProblemList();
  const purpose = input.purpose.trim();
  if (purpose.length === 0) problems.add('purpose', 'required', 'a purpose is required');
  if (purpose.length > 200) problems.add('purpose', 'maxLength', 'at most 200 characters');
  if (input.fields.length === 0) problems.add('fields', 'minItems', 'name at least one field');
  if (input.fields.some((f, i) => input.fields.indexOf(f) !== i)) problems.add('fields', 'uniqueItems', 'each field once');
  if ((input.caseRef ?? '').length > 100) problems.add('caseRef', 'maxLength', 'at most 100 characters');
  if (input.resource.length === 0 || input.resource.length > 100) problems.add('resource', 'format', 'a resource code');
  problems.throwIfAny();
}

/**
 * The gateway's gate for one call: input checks (422/400 on malformed input), authorisation (deny by default),
 * the grant's rate limit, then the subject's record. Every refusal, limit and miss is written as an exchange
 * record before this returns.
 */
export async function admitCall(ctx: UseCaseContext, caller: GatewayCaller, input: CallInput): Promise<Admitted | Refusal> {
  checkInput(input);
  const state = gatewayState(ctx.db);
  const resource = await state.resource(input.resource);
  const subject = parseSubject(ctx.cipher, input.subject, resource?.subjectKind);
  const apiKey = caller.kind === 'api_key' ? await (caller.apiKeyId ? state.keyById(caller.apiKeyId) : Promise.resolve(null)) : undefined;
  const keyOfOtherDepartment = apiKey && apiKey.departmentId !== caller.departmentId;
  const grants = resource ? await state.grantsOf(caller.departmentId, resource.id) : [];
  const decision = keyOfOtherDepartment
    ? ({ ok: false, reason: 'api_key_unknown' } as const)
    : authoriseCall({ resource, method: input.method, grants, fields: input.fields, today: chinaToday(), apiKey, grantIds: caller.grantIds });

  const base: NewExchangeRecord = {
    at: new Date(),
    method: input.method,
    callerKind: caller.kind,
    callerDepartmentId: caller.departmentId,
    apiKeyId: caller.apiKeyId ?? null,
    actorId: caller.actorId ?? null,
    grantId: decision.ok ? decision.grant.id : null,
    resourceCode: input.resource,
    providerDepartmentId: resource?.providerDepartmentId ?? null,
    subjectBidx: subject.bidx,
    fields: [...input.fields],
    purpose: input.purpose.trim(),
    caseRef: input.caseRef ?? null,
    basis: (input.basis ?? 'grant') satisfies UsageBasis,
    result: 'allowed',
    reason: null,
    requestId: ctx.requestId,
  };
  if (!decision.ok) {
    const recordId = await writeRefusal(ctx, { ...base, result: 'refused', reason: decision.reason });
    return { ok: false, result: 'refused', reason: decision.reason, recordId };
  }
  const { grant } = decision;
  if (!state.limiter.take(grant.id, grant.ratePerMinute)) {
    const reason = `over ${grant.ratePerMinute ?? 0} calls per minute`;
    const recordId = await exchangeLog(ctx.db).write({ ...base, result: 'rate_limited', reason });
    return { ok: false, result: 'rate_limited', reason, recordId };
  }
  const [row] = await state.recordQuery.execute({ resourceId: resource!.id, subjectBidx: subject.bidx });
  if (!row) {
    const reason = 'no record for the subject';
    const recordId = await exchangeLog(ctx.db).write({ ...base, result: 'not_found', reason });
    return { ok: false, result: 'not_found', reason, recordId };
  }
  const data = JSON.parse(ctx.cipher.decrypt(row.dataEnc, 'data_records.data')) as Record<string, unknown>;
  return { ok: true, resource: resource!, grant, subject, data, log: () => exchangeLog(ctx.db).write(base) };
}
