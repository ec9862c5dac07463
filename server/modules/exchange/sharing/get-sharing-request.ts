import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { displayNames } from '../../identity/person-facts';
import { departmentsByIds } from '../../identity/department-queries';
import { loadRequestFor } from './request-access';
import { departmentRef, requestSummary, resourceSummary } from './request-view';
import type { RequestDetail } from './schemas';

/** One request with its resource (grade, fields), parties, step deadline, decision history and grant terms. */
export async function getSharingRequest(ctx: UseCaseContext, id: string): Promise<RequestDetail> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  const view = await loadRequestFor(ctx.db, actor, id);
  const { row, resource, provider, consumer } = view;
  const deciderIds = row.decisions.map((d) => d.departmentId);
  const [names, depts] = await Promise.all([displayNames(ctx.db, row.decisions.map((d) => d.by)), departmentsByIds(ctx.db, deciderIds)]);
  const summary = requestSummary(ctx.calendar, row, resource, { consumer, provider, providerId: provider.id }, view.actingDepartmentId !== null);
  // Terms set by the provider are shown while the higher authority reviews them, and for the grant itself.
  const hasGrant = ['higher_review', 'approved', 'revoked'].includes(row.status) && row.grantedFields !== null && row.expiresOn !== null && row.ratePerMinute !== null;
  return {
    ...summary,
    resource: resourceSummary(resource, provider),
    purpose: row.purpose,
    legalBasis: row.legalBasis,
    statutory: row.statutory,
    requestedFields: row.requestedFields,
    periodFrom: row.periodFrom,
    periodUntil: row.periodUntil,
    decisions: row.decisions.map((d) => ({
      step: d.step,
      byId: d.by,
      byName: names.get(d.by) ?? '',
      department: departmentRef(depts.get(d.departmentId), d.departmentId),
      at: d.at,
      outcome: d.outcome,
      note: d.note ?? null,
    })),
    grant: hasGrant ? { fields: row.grantedFields ?? [], plainFields: row.plainFields ?? [], ratePerMinute: row.ratePerMinute ?? 0, expiresOn: row.expiresOn ?? '' } : null,
    refusalReason: row.refusalReason,
    decidingDepartments: view.deciders.map((d) => departmentRef(d, d.id)),
  };
}
