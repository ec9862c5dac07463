import type { UseCaseContext } from '../../../platform/context';
import { todayInChina } from '../../../platform/calendar/working-calendar';
import { AppError } from '../../../platform/errors/app-error';
import type { ResourceField } from '../model';
import { admitCall } from './admit-call';
import { gatewayState } from './gateway-cache';
import type { GatewayCaller } from './gateway';

export const CLAIM_OPERATORS = ['equals', 'notEquals', 'atLeast', 'atMost', 'ageAtLeast', 'isTrue'] as const;
export type ClaimOperator = (typeof CLAIM_OPERATORS)[number];

export interface Claim {
  field: string;
  operator: ClaimOperator;
  value?: string | number | boolean;
}

export interface VerifyInput {
  resource: string;
  subject: string;
  claim: Claim;
  purpose: string;
  caseRef?: string | null;
  basis?: 'consent' | 'statutory';
}

export type VerifyOutcome = { ok: true; result: boolean; recordId: number } | { ok: false; result: 'refused' | 'not_found' | 'rate_limited'; reason: string };

function invalid(rule: string, message: string, field = 'claim.value'): AppError {
  return new AppError('exchange.claim_invalid', { details: [{ field, rule, message }] });
}

/** Whole years between a birth date and today (China dates, YYYY-MM-DD). */
export function ageOn(birth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) >= birth.slice(5) ? years : years - 1;
}

/** Checks the claim's shape against the field's type before any data is read (422 naming the part). */
function checkClaim(field: ResourceField | undefined, claim: Claim): void {
  if (!field) return; // unknown fields are refused by the authorisation (fields_unknown)
  const { operator, value } = claim;
  if (operator === 'isTrue') {
    if (field.type !== 'boolean') throw invalid('type', 'isTrue needs a boolean field', 'claim.operator');
    return;
  }
  if (value === undefined) throw invalid('required', `${operator} needs a value`);
  if (operator === 'ageAtLeast') {
    if (field.type !== 'date') throw invalid('type', 'ageAtLeast needs a date field', 'claim.operator');
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 150) throw invalid('range', 'an age in whole years (0–150)');
    return;
  }
  if (operator === 'atLeast' || operator === 'atMost') {
    if (field.type === 'number' && typeof value !== 'number') throw invalid('type', 'a number');
    if (field.type === 'date' && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))) throw invalid('format', 'a date YYYY-MM-DD');
    if (field.type !== 'number' && field.type !== 'date') throw invalid('type', `${operator} needs a number or date field`, 'claim.operator');
  }
}

function holds(field: ResourceField, claim: Claim, raw: unknown): boolean {
  const { operator, value } = claim;
  const actual = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : null;
  if (actual === null) return operator === 'notEquals';
  switch (operator) {
    case 'isTrue':
      return actual === true;
    case 'equals':
      return String(actual) === String(value);
    case 'notEquals':
      return String(actual) !== String(value);
    case 'ageAtLeast':
      return typeof actual === 'string' && ageOn(actual, todayInChina()) >= (value as number);
    case 'atLeast':
    case 'atMost': {
      const cmp = field.type === 'number' ? Number(actual) - Number(value) : String(actual).localeCompare(String(value));
      return operator === 'atLeast' ? cmp >= 0 : cmp <= 0;
    }
  }
}

/** 核验: answers yes/no to a claim about one field the grant covers, without returning the data. */
export function verifyClaim(ctx: UseCaseContext, caller: GatewayCaller, input: VerifyInput): Promise<VerifyOutcome> {
  return gatewayState(ctx.db).track(() => verifyOnce(ctx, caller, input));
}

async function verifyOnce(ctx: UseCaseContext, caller: GatewayCaller, input: VerifyInput): Promise<VerifyOutcome> {
  const resource = await gatewayState(ctx.db).resource(input.resource);
  const field = resource?.fields.find((f) => f.key === input.claim.field);
  checkClaim(field, input.claim);
  const admitted = await admitCall(ctx, caller, { method: 'verify', resource: input.resource, subject: input.subject, fields: [input.claim.field], purpose: input.purpose, caseRef: input.caseRef, basis: input.basis });
  if (!admitted.ok) return { ok: false, result: admitted.result, reason: admitted.reason };
  const result = holds(field!, input.claim, admitted.data[input.claim.field]);
  const recordId = await admitted.log();
  return { ok: true, result, recordId };
}
