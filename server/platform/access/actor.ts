/** Who is acting: resolved from a session (or, later, an API key) before a route's policy is evaluated. */
export interface Actor {
  userId: string;
  kind: 'citizen' | 'enterprise' | 'staff';
  name: string;
  username: string | null;
  roles: ReadonlySet<string>;
  /** Departments the staff member belongs to (empty for citizens and enterprises). */
  departmentIds: readonly string[];
  /** Region roots of those departments with their materialised paths; the scope is each root's subtree. */
  regionScopes: readonly { code: string; path: string }[];
  sessionState: 'pending_totp' | 'pending_enrolment' | 'active';
}

export function hasAnyRole(actor: Actor, roles: readonly string[]): boolean {
  return roles.some((r) => actor.roles.has(r));
}
