import { sql } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { findDepartmentByCode, isWithinRegion, regionPath } from '../identity/org-lookups';
import type { ImplementationContent } from './catalogue-format';
import { loadPublishedItem } from './load-item';
import { refusal } from './refusals';
import { implementations } from './tables';
import { implementationRefusals } from './validate-implementation';

/** Who may edit a region's list: a system admin anywhere, a department admin within their region subtree. */
function assertMayEditRegion(ctx: UseCaseContext, path: string): void {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  if (actor.roles.has('system_admin')) return;
  if (actor.roles.has('department_admin') && actor.regionScopes.some((s) => isWithinRegion(path, s.path))) return;
  throw new AppError('auth.forbidden');
}

/**
 * A region claims (or re-confirms) a standard item. Refusals come back as one 422 whose code is the first
 * rule broken and whose details list every rule broken, each with its field and an explanation.
 */
export async function saveImplementation(ctx: UseCaseContext, input: ImplementationContent, opts: { skipAccessCheck?: boolean } = {}): Promise<{ id: string; standardVersion: number }> {
  const path = await regionPath(ctx.db, input.regionCode);
  if (!path) throw new AppError('identity.region_not_found');
  if (!opts.skipAccessCheck) assertMayEditRegion(ctx, path);
  const standard = await loadPublishedItem(ctx.db, input.itemCode);
  const refusals = implementationRefusals(standard.content, input, ctx.lang);
  const department = await findDepartmentByCode(ctx.db, input.departmentCode);
  if (!department) throw new AppError('identity.department_not_found');
  if (!isWithinRegion(department.regionPath, path)) refusals.push(refusal('catalog.department_outside_region', 'departmentCode', { department: input.departmentCode, region: input.regionCode }, ctx.lang));
  if (refusals.length > 0) {
    throw new AppError(refusals[0]!.code, { userMessage: refusals.map((r) => r.message).join('；'), details: refusals });
  }
  return ctx.db.transaction(async (tx) => {
    const values = {
      itemCode: input.itemCode,
      regionCode: input.regionCode,
      departmentId: department.id,
      standardVersion: standard.version,
      promisedDays: input.promisedDays,
      visits: input.visits,
      content: input,
      needsReview: false,
      updatedAt: new Date(),
    };
    const [row] = await tx
      .insert(implementations)
      .values(values)
      .onConflictDoUpdate({ target: [implementations.itemCode, implementations.regionCode], set: { ...values, version: sql`${implementations.version} + 1` } })
      .returning({ id: implementations.id });
    await appendAudit(tx, ctx, { action: 'catalog.implementation_saved', objectType: 'implementation', objectId: row!.id, details: { itemCode: input.itemCode, regionCode: input.regionCode, standardVersion: standard.version } });
    return { id: row!.id, standardVersion: standard.version };
  });
}

