import type { Executor } from '../../../db/client';
import { staffHolding } from '../../identity/person-facts';
import type { RequestStatus } from '../model';
import { decidingDepartments } from './deciders';
import type { OrgDepartment } from '../../identity/department-queries';

export type ChangeNotice = 'to_decide' | 'approved' | 'refused' | 'revoked';

/**
 * Who hears of a change: the data stewards of the department(s) deciding the new step ("waiting for you"), or,
 * when the request is decided, those of the consumer department. Carried in the exchange.request_changed event.
 */
export async function changeRecipients(exec: Executor, status: RequestStatus, provider: OrgDepartment, consumerDepartmentId: string): Promise<{ notice: ChangeNotice; recipientIds: string[] }> {
  const isDecided = status === 'approved' || status === 'refused' || status === 'revoked';
  const departments = isDecided ? [consumerDepartmentId] : (await decidingDepartments(exec, status, provider)).map((d) => d.id);
  const ids = new Set<string>();
  for (const d of departments) for (const s of await staffHolding(exec, d, ['data_steward'])) ids.add(s.id);
  return { notice: isDecided ? status : 'to_decide', recipientIds: [...ids] };
}
