import { and, eq, gte, inArray, lte, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { validationError, type FieldProblem } from '../../../platform/errors/app-error';
import type { Lang } from '../../../platform/http/language';
import { OPEN_STATUSES } from '../model';
import { incidentCategories, incidents } from '../tables';
import { regionNames, selectServiceRequests, toServiceRequest, type ServiceRequestView } from './service-request-view';
import { parseW3c } from './w3c-time';

// GET requests.json. The spec's defaults: the last 90 days, at most 1000 requests, a range of at most 90 days;
// service_request_id overrides every other filter.

export const MAX_REQUESTS = 1000;
const SPAN_MS = 90 * 24 * 3600_000;

export interface RequestsFilter {
  service_request_id?: string;
  service_code?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
}

const list = (value: string | undefined) => [...new Set((value ?? '').split(',').map((v) => v.trim()).filter(Boolean))];

function problem(field: string, rule: string, lang: Lang): FieldProblem {
  const messages: Record<string, [string, string]> = {
    datetime: ['应为 W3C 格式的日期时间，如 2026-11-01T00:00:00+08:00', 'Must be a W3C datetime, e.g. 2026-11-01T00:00:00+08:00'],
    status: ['只能是 open 或 closed', 'Must be open or closed'],
    span: ['查询范围不能超过 90 天', 'The range may not span more than 90 days'],
    order: ['不能早于 start_date', 'Must not be before start_date'],
    too_many: [`一次最多查询 ${MAX_REQUESTS} 个编号`, `At most ${MAX_REQUESTS} ids at once`],
  };
  const [zh, en] = messages[rule]!;
  return { field, rule, message: lang === 'en' ? en : zh };
}

/** Which requests: the ids alone, or the codes, statuses and range (defaults filled in). Throws on bad filters. */
export function requestsWhere(filter: RequestsFilter, now: Date, lang: Lang): SQL | undefined {
  const visible = or(eq(incidentCategories.public, true), eq(incidents.channel, 'open311'));
  const ids = list(filter.service_request_id);
  if (ids.length > MAX_REQUESTS) throw validationError([problem('service_request_id', 'too_many', lang)]);
  if (ids.length > 0) return and(visible, inArray(incidents.number, ids));

  const problems: FieldProblem[] = [];
  const start = filter.start_date ? parseW3c(filter.start_date) : null;
  const end = filter.end_date ? parseW3c(filter.end_date) : null;
  if (filter.start_date && !start) problems.push(problem('start_date', 'datetime', lang));
  if (filter.end_date && !end) problems.push(problem('end_date', 'datetime', lang));
  const statuses = list(filter.status);
  if (statuses.some((s) => s !== 'open' && s !== 'closed')) problems.push(problem('status', 'status', lang));
  const to = end ?? (start ? new Date(Math.min(start.getTime() + SPAN_MS, now.getTime())) : now);
  const from = start ?? new Date(to.getTime() - SPAN_MS);
  if (problems.length === 0 && to < from) problems.push(problem('end_date', 'order', lang));
  if (problems.length === 0 && to.getTime() - from.getTime() > SPAN_MS) problems.push(problem('end_date', 'span', lang));
  if (problems.length > 0) throw validationError(problems);

  const conditions: (SQL | undefined)[] = [visible, gte(incidents.createdAt, from), lte(incidents.createdAt, to)];
  const codes = list(filter.service_code);
  if (codes.length > 0) conditions.push(inArray(incidents.categoryCode, codes));
  const wantsOpen = statuses.includes('open');
  const wantsClosed = statuses.includes('closed');
  if (wantsOpen !== wantsClosed) {
    const open = inArray(incidents.status, [...OPEN_STATUSES]);
    conditions.push(wantsOpen ? open : inArray(incidents.status, ['verified', 'closed']));
  }
  return and(...conditions);
}

export async function listServiceRequests(exec: Executor, filter: RequestsFilter, lang: Lang, now = new Date()): Promise<ServiceRequestView[]> {
  const rows = await selectServiceRequests(exec, requestsWhere(filter, now, lang), MAX_REQUESTS);
  const names = await regionNames(exec, rows);
  return rows.map((row) => toServiceRequest(row, names, lang));
}
