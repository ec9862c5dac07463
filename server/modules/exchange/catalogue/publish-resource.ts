import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { emitEvent } from '../../../platform/jobs/outbox';
import { dataResources } from '../tables';
import { checkDefinition, definitionColumns } from './check-definition';
import { findResource, publishingDepartment } from './resource-access';
import { RESOURCE_CODE } from './resource-rules';
import { toDetail } from './resource-view';
import type { ResourceInput, SavedResource } from './schemas';

/**
 * 资源编目: a data steward publishes a data resource for their own department. A derived resource is stored with
 * the highest grade of its inputs; the answer says when that raised the declared grade.
 */
export async function publishResource(ctx: UseCaseContext, input: ResourceInput): Promise<SavedResource> {
  const providerDepartmentId = await publishingDepartment(ctx, input.providerDepartment);
  const code = input.code.trim();
  return ctx.db.transaction(async (tx) => {
    const { grade, gradeDerived } = await checkDefinition(tx, ctx.lang, code, input);
    if (RESOURCE_CODE.test(code) && (await findResource(tx, code))) throw new AppError('exchange.resource_exists');
    const [row] = await tx
      .insert(dataResources)
      .values({ code, providerDepartmentId, ...definitionColumns(input, grade) })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('exchange.resource_exists');
    await appendAudit(tx, ctx, { action: 'exchange.resource_published', objectType: 'data_resource', objectId: code, details: { providerDepartmentId, grade, declaredGrade: input.grade, sharingType: input.sharingType, openData: input.openData, fields: input.fields.length } });
    await emitEvent(tx, 'exchange.resource_saved', { code, version: row.version });
    return { ...(await toDetail(tx, row, ctx.actor)), declaredGrade: input.grade, gradeDerived };
  });
}
