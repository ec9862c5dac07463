import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { findDepartmentsByIds } from '../../identity/org-lookups';
import { inDepartmentScope } from '../../identity/scope';
import type { UsageMethod, UsageResult } from '../model';
import { exchangeRecords, exchangeSeals } from '../tables';

export interface RecordFilters {
  resource?: string;
  result?: UsageResult;
  method?: UsageMethod;
  /** China dates (YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
  /** The last id of the previous page. */
  cursor?: number;
  limit?: number;
}

export interface DepartmentRef {
  id: string;
  name: string;
  nameEn: string | null;
}

export interface ExchangeRecordView {
  id: number;
  at: string;
  method: UsageMethod;
  callerKind: 'api_key' | 'staff' | 'broker';
  callerDepartment: DepartmentRef | null;
  apiKeyId: string | null;
  grantId: string | null;
  resourceCode: string;
  providerDepartment: DepartmentRef | null;
  /** A short prefix of the subject's blind index: enough to tell subjects apart, never the identifier. */
  subjectRef: string | null;
  fields: string[];
  purpose: string;
  caseRef: string | null;
  basis: string | null;
  result: UsageResult;
  reason: string | null;
  requestId: string | null;
  sealedSeq: number | null;
}

/** China midnight of a YYYY-MM-DD date as an instant. */
function chinaMidnight(date: string, plusDays = 0): Date {
  const at = new Date(`${date}T00:00:00+08:00`);
  at.setUTCDate(at.getUTCDate() + plusDays);
  return at;
}

/**
 * Exchange records, newest first: an audit admin sees all; a data steward sees the calls where one of their
 * departments is the provider or the caller (the scope is in the SQL).
 */
export async function listExchangeRecords(ctx: UseCaseContext, filters: RecordFilters): Promise<{ items: ExchangeRecordView[]; nextCursor: number | null }> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  const limit = Math.min(Math.max(filters.limit ?? 50, 1), 200);
  const conditions: SQL[] = [];
  if (!actor.roles.has('audit_admin')) {
    conditions.push(or(inDepartmentScope(actor, exchangeRecords.providerDepartmentId), inDepartmentScope(actor, exchangeRecords.callerDepartmentId)) ?? sql`false`);
  }
  if (filters.resource) conditions.push(eq(exchangeRecords.resourceCode, filters.resource));
  if (filters.result) conditions.push(eq(exchangeRecords.result, filters.result));
  if (filters.method) conditions.push(eq(exchangeRecords.method, filters.method));
  if (filters.from) conditions.push(gte(exchangeRecords.at, chinaMidnight(filters.from)));
  if (filters.to) conditions.push(lt(exchangeRecords.at, chinaMidnight(filters.to, 1)));
  if (filters.cursor !== undefined) conditions.push(lt(exchangeRecords.id, filters.cursor));
  const rows = await ctx.db
    .select({ record: exchangeRecords, seq: exchangeSeals.seq })
    .from(exchangeRecords)
    .leftJoin(exchangeSeals, eq(exchangeSeals.recordId, exchangeRecords.id))
    .where(and(...conditions))
    .orderBy(desc(exchangeRecords.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const departmentIds = [...new Set(page.flatMap(({ record: r }) => [r.callerDepartmentId, r.providerDepartmentId]).filter((id): id is string => id !== null))];
  const departments = new Map((await findDepartmentsByIds(ctx.db, departmentIds)).map((d) => [d.id, { id: d.id, name: d.name, nameEn: d.nameEn }]));
  const items = page.map(({ record: r, seq }) => ({
    id: r.id,
    at: r.at.toISOString(),
    method: r.method,
    callerKind: r.callerKind,
    callerDepartment: r.callerDepartmentId ? (departments.get(r.callerDepartmentId) ?? null) : null,
    apiKeyId: r.apiKeyId,
    grantId: r.grantId,
    resourceCode: r.resourceCode,
    providerDepartment: r.providerDepartmentId ? (departments.get(r.providerDepartmentId) ?? null) : null,
    subjectRef: r.subjectBidx ? r.subjectBidx.slice(0, 8) : null,
    fields: r.fields,
    purpose: r.purpose,
    caseRef: r.caseRef,
    basis: r.basis,
    result: r.result,
    reason: r.reason,
    requestId: r.requestId,
    sealedSeq: seq,
  }));
  return { items, nextCursor: rows.length > limit ? (page[page.length - 1]?.record.id ?? null) : null };
}
