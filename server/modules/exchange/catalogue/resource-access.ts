import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../platform/access/actor';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { findDepartmentByCode } from '../../identity/org-lookups';
import { dataResources } from '../tables';
import type { KnownResource } from './resource-rules';

export type ResourceRow = typeof dataResources.$inferSelect;

/** Whether the actor is a data steward of the department (roles are held per department; the actor carries their union). */
export function isStewardOf(actor: Actor | null, departmentId: string): boolean {
  return actor !== null && actor.kind === 'staff' && actor.roles.has('data_steward') && actor.departmentIds.includes(departmentId);
}

/** The department a steward publishes for: the one named (theirs), or their only one. */
export async function publishingDepartment(ctx: UseCaseContext, code: string | undefined): Promise<string> {
  const actor = ctx.actor;
  if (!actor || !actor.roles.has('data_steward')) throw new AppError('exchange.not_steward');
  if (code !== undefined) {
    const department = await findDepartmentByCode(ctx.db, code);
    if (!department || !isStewardOf(actor, department.id)) throw new AppError('exchange.not_steward');
    return department.id;
  }
  const [only, ...others] = actor.departmentIds;
  if (!only) throw new AppError('exchange.not_steward');
  if (others.length > 0) throw new AppError('exchange.resource_invalid', { details: [{ field: 'providerDepartment', rule: 'required', message: ctx.lang === 'en' ? 'Name the provider department' : '请指定提供部门' }] });
  return only;
}

export async function findResource(exec: Executor, code: string, opts: { forUpdate?: boolean } = {}): Promise<ResourceRow | null> {
  const query = exec.select().from(dataResources).where(eq(dataResources.code, code));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** A resource the actor manages (a data steward of its provider): 404 when unknown, 403 for anyone else. */
export async function managedResource(exec: Executor, actor: Actor | null, code: string, opts: { forUpdate?: boolean } = {}): Promise<ResourceRow> {
  const row = await findResource(exec, code, opts);
  if (!row) throw new AppError('exchange.resource_not_found');
  if (!isStewardOf(actor, row.providerDepartmentId)) throw new AppError('exchange.not_steward');
  return row;
}

export async function knownResources(exec: Executor, codes: string[]): Promise<Map<string, KnownResource>> {
  if (codes.length === 0) return new Map();
  const rows = await exec.select({ code: dataResources.code, grade: dataResources.grade, fields: dataResources.fields }).from(dataResources).where(inArray(dataResources.code, codes));
  return new Map(rows.map((r) => [r.code, r]));
}
