import type { GatewayApiKey, GatewayGrant, GatewayResource } from './gateway-cache';

export type Authorisation = { ok: true; grant: GatewayGrant } | { ok: false; reason: string };

export interface AuthorisationInput {
  resource: GatewayResource | null;
  method: 'lookup' | 'verify';
  /** The consumer department's sharing requests for the resource. */
  grants: readonly GatewayGrant[];
  fields: readonly string[];
  /** China date, YYYY-MM-DD. */
  today: string;
  /** Set for an API key caller: the key as stored (revocation, scope). */
  apiKey?: GatewayApiKey | null;
  /** Grants the caller restricts itself to (besides the key's scope). */
  grantIds?: readonly string[];
}

const PENDING = new Set(['compliance_check', 'provider_review', 'higher_review']);

/**
 * Deny by default: allowed only through an approved grant of the caller's department for this published
 * resource, in its period today, covering every requested field, and (for a key) in the key's scope.
 * Pure: the reason names the first rule that failed.
 */
export function authoriseCall(input: AuthorisationInput): Authorisation {
  const { resource } = input;
  if (!resource) return { ok: false, reason: 'resource_unknown' };
  if (resource.status !== 'published') return { ok: false, reason: 'resource_not_published' };
  if (input.method === 'lookup' && resource.method === 'verify') return { ok: false, reason: 'verify_only_resource' };
  if (input.apiKey === null) return { ok: false, reason: 'api_key_unknown' };
  if (input.apiKey?.isRevoked) return { ok: false, reason: 'api_key_revoked' };
  const unknown = input.fields.filter((f) => !resource.fieldByKey.has(f));
  if (unknown.length > 0) return { ok: false, reason: `fields_unknown:${unknown.join(',')}` };

  const approved = input.grants.filter((g) => g.status === 'approved');
  if (approved.length === 0) {
    if (input.grants.some((g) => g.status === 'revoked')) return { ok: false, reason: 'grant_revoked' };
    if (input.grants.some((g) => g.status === 'refused')) return { ok: false, reason: 'grant_refused' };
    if (input.grants.some((g) => PENDING.has(g.status))) return { ok: false, reason: 'grant_pending' };
    return { ok: false, reason: 'no_grant' };
  }
  const keyScope = input.apiKey?.grantIds;
  const callerScope = input.grantIds;
  const scoped = approved.filter((g) => (!keyScope || keyScope.includes(g.id)) && (!callerScope || callerScope.includes(g.id)));
  if (scoped.length === 0) return { ok: false, reason: 'grant_not_in_key_scope' };
  const current = scoped.filter((g) => g.periodFrom <= input.today && input.today <= g.lastDay);
  if (current.length === 0) return { ok: false, reason: scoped.some((g) => g.periodFrom > input.today) ? 'grant_not_started' : 'grant_expired' };
  const covering = current.find((g) => input.fields.every((f) => g.grantedFields.includes(f)));
  if (!covering) {
    const granted = new Set(current.flatMap((g) => g.grantedFields));
    const missing = input.fields.filter((f) => !granted.has(f));
    return { ok: false, reason: `fields_not_granted:${(missing.length > 0 ? missing : input.fields).join(',')}` };
  }
  return { ok: true, grant: covering };
}
