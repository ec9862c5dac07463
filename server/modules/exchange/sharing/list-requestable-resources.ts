import { asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/context';
import { dataResources } from '../tables';
import { departmentsByIds } from '../../identity/department-queries';
import { resourceSummary } from './request-view';
import type { RequestableResource } from './schemas';

/** Published resources a steward may pick in the request form (not-shared ones are listed so the form can say why). */
export async function listRequestableResources(ctx: UseCaseContext): Promise<{ items: RequestableResource[] }> {
  const rows = await ctx.db.select().from(dataResources).where(eq(dataResources.status, 'published')).orderBy(asc(dataResources.code));
  const providers = await departmentsByIds(ctx.db, rows.map((r) => r.providerDepartmentId));
  return { items: rows.map((r) => ({ ...resourceSummary(r, providers.get(r.providerDepartmentId)), description: r.description })) };
}
