import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../platform/access/actor';
import { AppError } from '../../../platform/errors/app-error';
import { dataResources, exchangeApiKeys, sharingRequests } from '../tables';
import { standingOf } from './request-access';
import type { ApiKeyView } from './schemas';

// Shared by the key use cases: the consumer department a steward acts for, and presenting keys (never the hash).

export type ApiKeyRow = typeof exchangeApiKeys.$inferSelect;

/** The department whose keys the steward manages (their data-steward department; the first when several). */
export async function keyDepartmentOf(exec: Executor, actor: Actor): Promise<string> {
  const { stewardOf } = await standingOf(exec, actor);
  const department = [...stewardOf].sort()[0];
  if (!department) throw new AppError('exchange.not_steward');
  return department;
}

export async function presentKeys(exec: Executor, rows: ApiKeyRow[]): Promise<ApiKeyView[]> {
  const grantIds = [...new Set(rows.flatMap((r) => r.grantIds))];
  const grants =
    grantIds.length === 0
      ? []
      : await exec
          .select({ id: sharingRequests.id, number: sharingRequests.number, status: sharingRequests.status, resourceCode: dataResources.code })
          .from(sharingRequests)
          .innerJoin(dataResources, eq(dataResources.id, sharingRequests.resourceId))
          .where(inArray(sharingRequests.id, grantIds));
  const byId = new Map(grants.map((g) => [g.id, g]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    grants: r.grantIds.flatMap((id) => {
      const g = byId.get(id);
      return g ? [g] : [];
    }),
    createdAt: r.createdAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  }));
}

/** The department's keys, newest first (active ones before revoked ones). */
export async function listKeysOf(exec: Executor, departmentId: string): Promise<ApiKeyRow[]> {
  const rows = await exec.select().from(exchangeApiKeys).where(eq(exchangeApiKeys.consumerDepartmentId, departmentId)).orderBy(desc(exchangeApiKeys.createdAt), desc(exchangeApiKeys.id));
  return [...rows.filter((r) => !r.revokedAt), ...rows.filter((r) => r.revokedAt)];
}

/** Approved grants of the department among the ids (the others are not the caller's to use). */
export async function approvedGrantsOf(exec: Executor, departmentId: string, ids: string[]): Promise<string[]> {
  const wellFormed = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (wellFormed.length === 0) return [];
  const rows = await exec
    .select({ id: sharingRequests.id })
    .from(sharingRequests)
    .where(and(inArray(sharingRequests.id, wellFormed), eq(sharingRequests.consumerDepartmentId, departmentId), eq(sharingRequests.status, 'approved')));
  return rows.map((r) => r.id);
}

export const activeKeyOf = (departmentId: string, id: string) => and(eq(exchangeApiKeys.id, id), eq(exchangeApiKeys.consumerDepartmentId, departmentId), isNull(exchangeApiKeys.revokedAt));
