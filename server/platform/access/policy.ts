import type { Actor } from './actor';
import { hasAnyRole } from './actor';

/**
 * Every route declares a policy (deny by default: a route without one does not register).
 * - public: anyone, signed in or not.
 * - pending: a session between password and second factor (TOTP step and enrolment only).
 * - signedIn: a fully signed-in actor of the given kinds and, for staff, holding one of the roles.
 */
export type Policy =
  | { public: true; describe?: string }
  | { pending: true }
  | { signedIn: true; kinds?: readonly Actor['kind'][]; anyRole?: readonly string[] };

export type PolicyDecision = 'allow' | 'unauthenticated' | 'second_factor' | 'forbidden';

export function decide(policy: Policy, actor: Actor | null): PolicyDecision {
  if ('public' in policy) return 'allow';
  if (!actor) return 'unauthenticated';
  if ('pending' in policy) return actor.sessionState === 'active' ? 'forbidden' : 'allow';
  if (actor.sessionState !== 'active') return 'second_factor';
  if (policy.kinds && !policy.kinds.includes(actor.kind)) return 'forbidden';
  if (policy.anyRole && !hasAnyRole(actor, policy.anyRole)) return 'forbidden';
  return 'allow';
}
