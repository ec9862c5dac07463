import { and, eq, or } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { AppError } from '../../../platform/errors/app-error';
import type { Lang } from '../../../platform/http/language';
import { incidentCategories, incidents } from '../tables';
import { regionNames, selectServiceRequests, toServiceRequest, type ServiceRequestView } from './service-request-view';

/** GET requests/{id}.json: an array with the one request (the spec's shape), or 404 when it is not one Open311 shows. */
export async function getServiceRequest(exec: Executor, number: string, lang: Lang): Promise<ServiceRequestView[]> {
  const visible = or(eq(incidentCategories.public, true), eq(incidents.channel, 'open311'));
  const rows = await selectServiceRequests(exec, and(visible, eq(incidents.number, number)), 1);
  if (rows.length === 0) throw new AppError('governance.open311_request_not_found', { details: { service_request_id: number } });
  const names = await regionNames(exec, rows);
  return rows.map((row) => toServiceRequest(row, names, lang));
}
