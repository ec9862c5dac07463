import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { emitEvent } from '../../../platform/jobs/outbox';
import type { Executor } from '../../../db/client';
import { dataRecords, dataResources } from '../tables';
import { checkDefinition, definitionColumns } from './check-definition';
import { ruleText } from './messages';
import { managedResource } from './resource-access';
import { toDetail } from './resource-view';
import type { ResourceEdit, SavedResource } from './schemas';

/** A steward of the provider edits a resource (version + 1; with If-Match, only the version they saw). */
export async function editResource(ctx: UseCaseContext, code: string, input: ResourceEdit, expectedVersion?: number): Promise<SavedResource> {
  return ctx.db.transaction(async (tx) => {
    const current = await managedResource(tx, ctx.actor, code, { forUpdate: true });
    if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('request.precondition_failed');
    const { grade, gradeDerived } = await checkDefinition(tx, ctx.lang, code, input);
    if (input.subjectKind !== current.subjectKind && (await hasRecords(tx, current.id))) {
      // Hosted records are keyed by the old kind's blind index: they would no longer be found.
      throw new AppError('exchange.resource_invalid', { details: [{ field: 'subjectKind', rule: 'records_exist', message: ruleText('records_exist', ctx.lang) }] });
    }
    const [row] = await tx
      .update(dataResources)
      .set({ ...definitionColumns(input, grade), version: sql`${dataResources.version} + 1`, updatedAt: new Date() })
      .where(and(eq(dataResources.id, current.id), eq(dataResources.version, current.version)))
      .returning();
    if (!row) throw new AppError('request.precondition_failed');
    await appendAudit(tx, ctx, { action: 'exchange.resource_edited', objectType: 'data_resource', objectId: code, details: { version: row.version, grade, declaredGrade: input.grade, sharingType: input.sharingType, openData: input.openData } });
    await emitEvent(tx, 'exchange.resource_saved', { code, version: row.version });
    return { ...(await toDetail(tx, row, ctx.actor)), declaredGrade: input.grade, gradeDerived };
  });
}

async function hasRecords(exec: Executor, resourceId: string): Promise<boolean> {
  const [row] = await exec.select({ id: dataRecords.id }).from(dataRecords).where(eq(dataRecords.resourceId, resourceId)).limit(1);
  return row !== undefined;
}
