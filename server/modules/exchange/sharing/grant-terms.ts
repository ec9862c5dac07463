import type { Lang } from '../../../platform/http/language';
import type { DataResourceRow, SharingRequestRow } from './request-access';
import { SharingProblems } from './problems';
import type { ActionBody } from './schemas';

/** The rate a grant gets when nobody set one (an unconditional resource passed by the compliance check). */
export const DEFAULT_RATE_PER_MINUTE = 600;

export interface GrantTerms {
  grantedFields: string[];
  plainFields: string[];
  ratePerMinute: number;
  expiresOn: string;
}

/** The grant of an unconditional resource: what was requested, masked sensitive fields, until the period ends. */
export function defaultTerms(row: SharingRequestRow): GrantTerms {
  return { grantedFields: [...row.requestedFields], plainFields: [], ratePerMinute: DEFAULT_RATE_PER_MINUTE, expiresOn: row.periodUntil };
}

/**
 * The provider's terms, checked field by field (all problems at once, 422): granted fields a subset of the
 * requested ones (default: all of them), plain (unmasked) fields only among the granted sensitive ones and never
 * for a verify-only resource, a rate, and an expiry within the requested period and not in the past.
 */
export function providerTerms(row: SharingRequestRow, resource: DataResourceRow, body: ActionBody, today: string, lang: Lang): GrantTerms {
  const problems = new SharingProblems(lang);
  const requested = new Set(row.requestedFields);
  const granted = body.fields ?? [...row.requestedFields];
  if (granted.length === 0) problems.add('fields', 'required');
  if (new Set(granted).size !== granted.length) problems.add('fields', 'duplicate');
  const notRequested = granted.filter((f) => !requested.has(f));
  if (notRequested.length > 0) problems.add('fields', 'not_requested', notRequested.join(', '));
  const plain = body.plainFields ?? [];
  const sensitiveGranted = new Set(resource.fields.filter((f) => f.sensitive && granted.includes(f.key)).map((f) => f.key));
  const notSensitive = plain.filter((f) => !sensitiveGranted.has(f));
  if (new Set(plain).size !== plain.length) problems.add('plainFields', 'duplicate');
  if (notSensitive.length > 0) problems.add('plainFields', 'not_sensitive_granted', notSensitive.join(', '));
  if (resource.method === 'verify' && plain.length > 0) problems.add('plainFields', 'verify_only');
  if (body.ratePerMinute === undefined) problems.add('ratePerMinute', 'required');
  if (body.expiresOn === undefined) problems.add('expiresOn', 'required');
  else if (body.expiresOn > row.periodUntil) problems.add('expiresOn', 'after_period', row.periodUntil);
  else if (body.expiresOn < today) problems.add('expiresOn', 'in_past');
  problems.throwIfAny();
  return { grantedFields: granted, plainFields: plain, ratePerMinute: body.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE, expiresOn: body.expiresOn ?? row.periodUntil };
}
