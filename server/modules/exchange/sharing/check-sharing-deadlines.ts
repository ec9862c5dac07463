import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/append-audit';
import { todayInChina } from '../../../platform/calendar/working-calendar';
import { systemContext, type Services } from '../../../platform/context';
import { emitEvent } from '../../../platform/jobs/outbox';
import { staffHolding } from '../../identity/person-facts';
import { dataResources, sharingRequests } from '../tables';
import { decidingDepartments } from './deciders';
import { REQUEST_DEADLINE } from './events';
import { departmentsByIds } from '../../identity/department-queries';
import { stepStartedOn } from './request-view';
import { OPEN_STEPS, stepDeadlineState } from './step-deadline';

// Step deadlines, checked every few minutes (sharingRuntime's loop) on the working-day calendar: when a step is due
// today or has used ⌈80 %⌉ of its working days, the deciding department's data stewards are reminded (once:
// reminded_at); after the due date it is escalated to the department's head and stewards (once: escalated_at). Each
// mark is a compare-and-set under the row's current step, so several processes never notify twice; a decision
// that opens a new step clears both marks.

export async function checkSharingDeadlines(services: Services, today = todayInChina()): Promise<{ reminded: number; escalated: number }> {
  const open = await services.db
    .select({ request: sharingRequests, resource: { code: dataResources.code, name: dataResources.name, providerId: dataResources.providerDepartmentId } })
    .from(sharingRequests)
    .innerJoin(dataResources, eq(dataResources.id, sharingRequests.resourceId))
    .where(and(inArray(sharingRequests.status, [...OPEN_STEPS]), isNotNull(sharingRequests.dueOn), isNull(sharingRequests.escalatedAt)));
  const result = { reminded: 0, escalated: 0 };
  for (const { request: row, resource } of open) {
    if (!row.dueOn) continue;
    const state = stepDeadlineState(services.calendar, { startedOn: stepStartedOn(row), dueOn: row.dueOn }, today);
    if (state === 'on_time' || (state === 'approaching' && row.remindedAt)) continue;
    const escalate = state === 'overdue';
    await services.db.transaction(async (tx) => {
      const mark = escalate ? { escalatedAt: new Date(), remindedAt: sql`coalesce(${sharingRequests.remindedAt}, now())` } : { remindedAt: new Date() };
      const [marked] = await tx
        .update(sharingRequests)
        .set(mark)
        .where(and(eq(sharingRequests.id, row.id), eq(sharingRequests.status, row.status), eq(sharingRequests.dueOn, row.dueOn ?? ''), escalate ? isNull(sharingRequests.escalatedAt) : isNull(sharingRequests.remindedAt)))
        .returning({ id: sharingRequests.id });
      if (!marked) return;
      const provider = (await departmentsByIds(tx, [resource.providerId])).get(resource.providerId);
      const deciders = provider ? await decidingDepartments(tx, row.status, provider) : [];
      const recipients = new Set<string>();
      for (const d of deciders) for (const s of await staffHolding(tx, d.id, escalate ? ['data_steward', 'department_head'] : ['data_steward'])) recipients.add(s.id);
      const ctx = systemContext({ ...services, db: tx }, 'sharing-deadlines');
      await appendAudit(tx, ctx, {
        action: escalate ? 'exchange.request_escalate' : 'exchange.request_remind',
        objectType: 'sharing_request',
        objectId: row.id,
        details: { number: row.number, step: row.status, dueOn: row.dueOn, departments: deciders.map((d) => d.id), recipients: recipients.size },
      });
      await emitEvent(tx, REQUEST_DEADLINE, {
        requestId: row.id,
        number: row.number,
        state: escalate ? 'overdue' : 'approaching',
        step: row.status,
        dueOn: row.dueOn,
        recipientIds: [...recipients],
        resourceZh: resource.name.zh,
        resourceEn: resource.name.en,
        link: `/console/exchange/sharing/requests/${row.id}`,
      });
      if (escalate) result.escalated += 1;
      else result.reminded += 1;
    });
  }
  return result;
}
