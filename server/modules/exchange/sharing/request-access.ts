import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../platform/access/actor';
import { AppError } from '../../../platform/errors/app-error';
import { dataResources, sharingRequests } from '../tables';
import { decidingDepartments } from './deciders';
import { departmentsByIds, departmentsWhereHolding, type OrgDepartment } from '../../identity/department-queries';

// One request as one actor sees it: 404 unless their department is its consumer, its provider, a department that
// decides (or decided) one of its steps, or oversees it (a Big Data Bureau above the provider). Acting needs the
// data_steward role in the department deciding the current step.

export type SharingRequestRow = typeof sharingRequests.$inferSelect;
export type DataResourceRow = typeof dataResources.$inferSelect;

export interface RequestInView {
  row: SharingRequestRow;
  resource: DataResourceRow;
  provider: OrgDepartment;
  consumer: OrgDepartment;
  /** Departments deciding the current step (empty when the request is closed). */
  deciders: OrgDepartment[];
  /** The caller's department that may act on the current step, or null. */
  actingDepartmentId: string | null;
}

export interface Standing {
  /** Departments where the actor holds data_steward (they act for these). */
  stewardOf: string[];
  /** Departments whose requests the actor may see (steward or department head). */
  memberOf: string[];
}

export async function standingOf(exec: Executor, actor: Actor): Promise<Standing> {
  const [stewardOf, memberOf] = await Promise.all([departmentsWhereHolding(exec, actor.userId, ['data_steward']), departmentsWhereHolding(exec, actor.userId, ['data_steward', 'department_head'])]);
  return { stewardOf, memberOf };
}

/** Loads the request for the actor (optionally locking it) or throws exchange.request_not_found. */
export async function loadRequestFor(exec: Executor, actor: Actor, id: string, opts: { lock?: boolean } = {}): Promise<RequestInView> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('exchange.request_not_found');
  const query = exec.select().from(sharingRequests).where(eq(sharingRequests.id, id));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('exchange.request_not_found');
  const [resource] = await exec.select().from(dataResources).where(eq(dataResources.id, row.resourceId));
  if (!resource) throw new AppError('exchange.request_not_found');
  const depts = await departmentsByIds(exec, [resource.providerDepartmentId, row.consumerDepartmentId]);
  const provider = depts.get(resource.providerDepartmentId);
  const consumer = depts.get(row.consumerDepartmentId);
  if (!provider || !consumer) throw new AppError('exchange.request_not_found');
  const standing = await standingOf(exec, actor);
  const deciders = await decidingDepartments(exec, row.status, provider);
  const overseers = row.status === 'compliance_check' ? [] : await decidingDepartments(exec, 'compliance_check', provider);
  const higher = row.status === 'higher_review' ? [] : await decidingDepartments(exec, 'higher_review', provider);
  const related = new Set([provider.id, consumer.id, ...deciders.map((d) => d.id), ...overseers.map((d) => d.id), ...higher.map((d) => d.id), ...row.decisions.map((d) => d.departmentId)]);
  if (!standing.memberOf.some((d) => related.has(d))) throw new AppError('exchange.request_not_found');
  const actingDepartmentId = deciders.map((d) => d.id).find((d) => standing.stewardOf.includes(d)) ?? null;
  return { row, resource, provider, consumer, deciders, actingDepartmentId };
}
