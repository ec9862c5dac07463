import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/append-audit';
import { todayInChina } from '../../../platform/calendar/working-calendar';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { emitEvent } from '../../../platform/jobs/outbox';
import { dataResources, sharingRequests } from '../tables';
import { REQUEST_CHANGED } from './events';
import { changeRecipients } from './notice-recipients';
import { departmentsByIds } from '../../identity/department-queries';
import { nextRequestNumber } from './request-number';
import { SharingProblems } from './problems';
import { standingOf } from './request-access';
import type { CreateRequestBody } from './schemas';
import { stepWorkingDays } from './step-deadline';

/**
 * 共享申请: a data steward of the consumer department asks for fields of a published resource, for one purpose,
 * legal basis and period. Every problem is reported at once (422 naming the field); a not-shared resource cannot be
 * requested (exchange.not_shared). The request starts at the compliance check, due in 2 working days.
 */
export async function createSharingRequest(ctx: UseCaseContext, input: CreateRequestBody): Promise<{ id: string; number: string; version: number }> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  const standing = await standingOf(ctx.db, actor);
  const consumerDepartmentId = [...standing.stewardOf].sort()[0];
  if (!consumerDepartmentId) throw new AppError('exchange.not_steward');
  const today = todayInChina();
  const problems = new SharingProblems(ctx.lang);
  const purpose = input.purpose.trim();
  const legalBasis = input.legalBasis.trim();
  if (purpose === '') problems.add('purpose', 'not_blank');
  if (legalBasis === '') problems.add('legalBasis', 'not_blank');
  if (input.periodUntil < input.periodFrom) problems.add('periodUntil', 'before_start');
  else if (input.periodUntil < today) problems.add('periodUntil', 'in_past');

  const [resource] = await ctx.db.select().from(dataResources).where(eq(dataResources.code, input.resource.trim()));
  if (!resource || resource.status !== 'published') problems.add('resource', 'unknown_resource', input.resource);
  else if (resource.providerDepartmentId === consumerDepartmentId) problems.add('resource', 'own_resource');
  if (input.fields.length === 0) problems.add('fields', 'required');
  if (new Set(input.fields).size !== input.fields.length) problems.add('fields', 'duplicate');
  if (resource) {
    const known = new Set(resource.fields.map((f) => f.key));
    const unknown = input.fields.filter((f) => !known.has(f));
    if (unknown.length > 0) problems.add('fields', 'unknown_field', unknown.join(', '));
  }
  if (resource?.sharingType === 'not_shared') throw new AppError('exchange.not_shared', { details: [{ field: 'resource', rule: 'not_shared', message: resource.notSharedBasis ?? '' }] });
  problems.throwIfAny();
  if (!resource) throw new AppError('exchange.resource_not_found');

  const dueOn = ctx.calendar.addWorkingDays(today, stepWorkingDays('compliance_check', resource, today)).date;
  return ctx.db.transaction(async (tx) => {
    const number = await nextRequestNumber(tx, today);
    const [row] = await tx
      .insert(sharingRequests)
      .values({
        number,
        consumerDepartmentId,
        resourceId: resource.id,
        purpose,
        legalBasis,
        statutory: input.statutory ?? false,
        requestedFields: input.fields,
        periodFrom: input.periodFrom,
        periodUntil: input.periodUntil,
        status: 'compliance_check',
        dueOn,
        decisions: [],
        createdBy: actor.userId,
      })
      .returning({ id: sharingRequests.id, version: sharingRequests.version });
    if (!row) throw new Error('insert returned no row');
    await appendAudit(tx, ctx, {
      action: 'exchange.request_create',
      objectType: 'sharing_request',
      objectId: row.id,
      details: { number, resource: resource.code, fields: input.fields, periodFrom: input.periodFrom, periodUntil: input.periodUntil, statutory: input.statutory ?? false },
    });
    const provider = (await departmentsByIds(tx, [resource.providerDepartmentId])).get(resource.providerDepartmentId);
    const notice = provider ? await changeRecipients(tx, 'compliance_check', provider, consumerDepartmentId) : { notice: 'to_decide', recipientIds: [] };
    const link = `/console/exchange/sharing/requests/${row.id}`;
    await emitEvent(tx, REQUEST_CHANGED, { ...notice, resourceZh: resource.name.zh, resourceEn: resource.name.en, link, requestId: row.id, number, action: 'create', status: 'compliance_check', resourceCode: resource.code, consumerDepartmentId, providerDepartmentId: resource.providerDepartmentId, dueOn });
    return { id: row.id, number, version: row.version };
  });
}
