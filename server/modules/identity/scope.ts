import { and, eq, or, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/access/actor';
import { departments, regions, staffRoles, users, type SessionState } from './tables';

/** Loads a user's roles, departments and region scopes: the actor every policy and query sees. */
export async function loadActor(exec: Executor, userId: string, sessionState: SessionState): Promise<Actor | null> {
  const [user] = await exec.select({ id: users.id, kind: users.kind, name: users.name, username: users.username, status: users.status }).from(users).where(eq(users.id, userId));
  if (!user || user.status !== 'active') return null;
  const memberships = await exec
    .select({ role: staffRoles.role, departmentId: departments.id, regionCode: regions.code, path: regions.path })
    .from(staffRoles)
    .innerJoin(departments, eq(departments.id, staffRoles.departmentId))
    .innerJoin(regions, eq(regions.code, departments.regionCode))
    .where(eq(staffRoles.userId, userId));
  const scopes = new Map<string, { code: string; path: string }>();
  for (const m of memberships) scopes.set(m.regionCode, { code: m.regionCode, path: m.path });
  return {
    userId: user.id,
    kind: user.kind,
    name: user.name,
    username: user.username,
    roles: new Set(memberships.map((m) => m.role)),
    departmentIds: [...new Set(memberships.map((m) => m.departmentId))],
    regionScopes: [...scopes.values()],
    sessionState,
  };
}

/** SQL condition: `regionColumn` lies in one of the actor's region subtrees (false for an actor without scope). */
export function inRegionScope(actor: Actor, regionColumn: AnyColumn | SQL): SQL {
  if (actor.regionScopes.length === 0) return sql`false`;
  const subtree = or(...actor.regionScopes.map((s) => or(eq(regions.path, s.path), sql`${regions.path} LIKE ${`${s.path}.%`}`)));
  return sql`${regionColumn} IN (SELECT ${regions.code} FROM ${regions} WHERE ${subtree})`;
}

/** SQL condition: `departmentColumn` is one of the actor's departments. */
export function inDepartmentScope(actor: Actor, departmentColumn: AnyColumn): SQL {
  if (actor.departmentIds.length === 0) return sql`false`;
  return and(sql`${departmentColumn} IN (${sql.join(actor.departmentIds.map((id) => sql`${id}`), sql`, `)})`) ?? sql`false`;
}
