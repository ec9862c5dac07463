import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/access/actor';
import { AppError } from '../../platform/errors/app-error';
import { inRegionScope } from '../identity/scope';
import { applications } from './tables';
import type { ApplicationRow } from './record-transition';

/**
 * Which cases an actor may see, in SQL: applicants their own; staff the cases of their departments within their
 * region subtrees (a department sees only its child case of a life event, never the others).
 */
export function visibleCases(actor: Actor): SQL {
  if (actor.kind !== 'staff') return eq(applications.applicantId, actor.userId);
  if (actor.departmentIds.length === 0) return sql`false`;
  return and(inArray(applications.departmentId, [...actor.departmentIds]), inRegionScope(actor, applications.regionCode))!;
}

/** A case the actor may see (404 otherwise, so nobody learns that someone else's case exists). */
export async function findVisibleCase(exec: Executor, actor: Actor, id: string): Promise<ApplicationRow> {
  const [row] = await exec
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), visibleCases(actor)));
  if (!row || row.status === 'draft') throw new AppError('applications.not_found');
  return row;
}
