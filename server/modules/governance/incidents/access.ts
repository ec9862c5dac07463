import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../platform/access/actor';
import { AppError } from '../../../platform/errors/app-error';
import { departmentsByIds, departmentsWhereHolding } from '../../identity/department-queries';
import { grids, incidentParts, incidents } from '../tables';
import type { IncidentRow } from './register-incident';

/** What a person may see and do with incidents, worked out once per request from their roles. */
export interface IncidentAccess {
  userId: string;
  /** Region paths of the departments where they dispatch: each path's subtree. */
  dispatchPaths: string[];
  /** Departments where they handle incidents (their parts). */
  handlerDepartmentIds: string[];
  /** Grids whose worker they are. */
  gridCodes: string[];
}

export async function incidentAccess(exec: Executor, actor: Actor): Promise<IncidentAccess> {
  const none: IncidentAccess = { userId: actor.userId, dispatchPaths: [], handlerDepartmentIds: [], gridCodes: [] };
  if (actor.kind !== 'staff') return none;
  const [dispatching, handling, mine] = await Promise.all([
    actor.roles.has('dispatcher') ? departmentsWhereHolding(exec, actor.userId, ['dispatcher']) : Promise.resolve([]),
    actor.roles.has('incident_handler') ? departmentsWhereHolding(exec, actor.userId, ['incident_handler']) : Promise.resolve([]),
    actor.roles.has('grid_worker') ? exec.select({ code: grids.code }).from(grids).where(eq(grids.workerUserId, actor.userId)).orderBy(grids.code) : Promise.resolve([]),
  ]);
  const departments = await departmentsByIds(exec, dispatching);
  return { ...none, dispatchPaths: [...departments.values()].map((d) => d.regionPath), handlerDepartmentIds: handling, gridCodes: mine.map((g) => g.code) };
}

/** The lowest region an incident is known in, inside one of the paths (SQL, for lists and checks alike). */
export function inRegionPaths(paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  const tests = paths.map((p) => sql`(r.path = ${p} OR r.path LIKE ${`${p}.%`})`);
  return sql`EXISTS (SELECT 1 FROM regions r WHERE r.code = COALESCE(${incidents.communityCode}, ${incidents.streetCode}, ${incidents.districtCode}) AND (${sql.join(tests, sql` OR `)}))`;
}

/** Everything a staff member may see: the dispatcher's region, the handler's parts, the grid worker's grids and own reports. */
export function staffScope(access: IncidentAccess): SQL {
  const handled =
    access.handlerDepartmentIds.length > 0
      ? sql`EXISTS (SELECT 1 FROM ${incidentParts} p WHERE p.incident_id = ${incidents.id} AND p.department_id IN (${sql.join(
          access.handlerDepartmentIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}))`
      : sql`false`;
  return or(
    inRegionPaths(access.dispatchPaths),
    handled,
    access.gridCodes.length ? inArray(incidents.gridCode, access.gridCodes) : sql`false`,
    eq(incidents.reporterUserId, access.userId),
  )!;
}

/** How a person stands to one incident: the roles the lifecycle table names. */
export type Relation = 'dispatcher' | 'lead' | 'part' | 'verifier' | 'reporter';

export interface Standing {
  relations: Set<Relation>;
  /** Their departments' parts on it (open or not). */
  partDepartmentIds: string[];
  visible: boolean;
}

export async function standingOn(exec: Executor, access: IncidentAccess, row: IncidentRow): Promise<Standing> {
  const relations = new Set<Relation>();
  if (row.reporterUserId === access.userId) relations.add('reporter');
  const [inRegion] = access.dispatchPaths.length
    ? await exec.select({ id: incidents.id }).from(incidents).where(and(eq(incidents.id, row.id), inRegionPaths(access.dispatchPaths)))
    : [];
  if (inRegion) relations.add('dispatcher');
  const parts = access.handlerDepartmentIds.length
    ? await exec
        .select({ departmentId: incidentParts.departmentId, role: incidentParts.role })
        .from(incidentParts)
        .where(and(eq(incidentParts.incidentId, row.id), inArray(incidentParts.departmentId, access.handlerDepartmentIds)))
    : [];
  if (parts.length) relations.add('part');
  if (parts.some((p) => p.role === 'lead')) relations.add('lead');
  const ownGrid = row.gridCode !== null && access.gridCodes.includes(row.gridCode);
  if (ownGrid || inRegion) relations.add('verifier');
  const visible = relations.size > 0 || ownGrid;
  return { relations, partDepartmentIds: parts.map((p) => p.departmentId), visible };
}

/** The incident, if this person may see it; otherwise 404 (its existence is not given away). */
export async function findVisibleIncident(exec: Executor, access: IncidentAccess, id: string): Promise<{ row: IncidentRow; standing: Standing }> {
  const [row] = await exec.select().from(incidents).where(eq(incidents.id, id));
  if (!row) throw new AppError('governance.incident_not_found');
  const standing = await standingOn(exec, access, row);
  if (!standing.visible) throw new AppError('governance.incident_not_found');
  return { row, standing };
}
