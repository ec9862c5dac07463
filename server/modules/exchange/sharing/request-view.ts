import { todayInChina, type WorkingCalendar } from '../../../platform/calendar/working-calendar';
import type { OrgDepartment } from '../../identity/department-queries';
import type { DataResourceRow, SharingRequestRow } from './request-access';
import type { RequestSummary, ResourceSummary, SharingAction } from './schemas';
import { chinaDateOf, isOpenStep, stepDeadlineState, type StepDeadlineState } from './step-deadline';

// Presenting requests: department references, the deadline state of the open step on the working-day calendar,
// and what the caller may do now.

export function departmentRef(d: OrgDepartment | undefined, fallbackId: string): { id: string; name: string; nameEn: string | null } {
  return d ? { id: d.id, name: d.name, nameEn: d.nameEn } : { id: fallbackId, name: '', nameEn: null };
}

/** The day the current step began: the last decision's day, else the day the request was made. */
export function stepStartedOn(row: Pick<SharingRequestRow, 'decisions' | 'createdAt'>): string {
  const last = row.decisions[row.decisions.length - 1];
  return chinaDateOf(last ? last.at : row.createdAt);
}

export function deadlineOf(calendar: WorkingCalendar, row: SharingRequestRow, today = todayInChina()): StepDeadlineState | null {
  if (!isOpenStep(row.status) || !row.dueOn) return null;
  return stepDeadlineState(calendar, { startedOn: stepStartedOn(row), dueOn: row.dueOn }, today);
}

export function actionsFor(row: SharingRequestRow, canAct: boolean): SharingAction[] {
  if (!canAct) return [];
  if (isOpenStep(row.status)) return ['approve', 'refuse'];
  return row.status === 'approved' ? ['revoke'] : [];
}

export function resourceSummary(resource: DataResourceRow, provider: OrgDepartment | undefined): ResourceSummary {
  return {
    id: resource.id,
    code: resource.code,
    name: resource.name,
    grade: resource.grade,
    sharingType: resource.sharingType,
    method: resource.method,
    releasedOn: resource.releasedOn,
    provider: departmentRef(provider, resource.providerDepartmentId),
    fields: resource.fields.map((f) => ({ key: f.key, name: f.name, type: f.type, personal: f.personal, sensitive: f.sensitive })),
  };
}

export function requestSummary(
  calendar: WorkingCalendar,
  row: SharingRequestRow,
  resource: Pick<DataResourceRow, 'code' | 'name' | 'grade'>,
  parties: { consumer: OrgDepartment | undefined; provider: OrgDepartment | undefined; providerId: string },
  canAct: boolean,
): RequestSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    resource: { code: resource.code, name: resource.name, grade: resource.grade },
    consumer: departmentRef(parties.consumer, row.consumerDepartmentId),
    provider: departmentRef(parties.provider, parties.providerId),
    dueOn: isOpenStep(row.status) ? row.dueOn : null,
    deadline: deadlineOf(calendar, row),
    availableActions: actionsFor(row, canAct),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
