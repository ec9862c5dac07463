import { and, desc, eq, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import type { RequestStatus } from '../model';
import { dataResources, sharingRequests } from '../tables';
import { checkersAmong, higherAmong } from './deciders';
import { allDepartments, type OrgDepartment } from '../../identity/department-queries';
import { standingOf } from './request-access';
import { requestSummary } from './request-view';
import type { ListQuery, RequestSummary } from './schemas';

// The steward's lists, scoped in SQL: requests of their department as consumer or provider, those their
// department decides (or decided), and those of providers a Big Data Bureau or higher authority of theirs oversees.
// role: consumer | provider | checker (awaiting the compliance check) | higher (awaiting the higher authority) |
// todo (awaiting a decision of a department where the caller is a data steward) | all (default).

const idsIn = (column: AnyColumn, ids: readonly string[]): SQL => (ids.length === 0 ? sql`false` : inArray(column, [...ids]));

interface Oversight {
  /** Providers whose compliance check a department of the set may run. */
  checkable: string[];
  /** Providers for which a department of the set is the higher authority. */
  higherOf: string[];
}

function oversight(all: OrgDepartment[], departmentIds: readonly string[]): Oversight {
  const mine = new Set(departmentIds);
  const checkable: string[] = [];
  const higherOf: string[] = [];
  for (const p of all) {
    if (checkersAmong(all, p).some((d) => mine.has(d.id))) checkable.push(p.id);
    const higher = higherAmong(all, p);
    if (higher && mine.has(higher.id)) higherOf.push(p.id);
  }
  return { checkable, higherOf };
}

const awaiting = (status: RequestStatus, providers: readonly string[]): SQL => and(eq(sharingRequests.status, status), idsIn(dataResources.providerDepartmentId, providers)) ?? sql`false`;

export async function listSharingRequests(ctx: UseCaseContext, query: ListQuery & { limit: number }): Promise<{ items: RequestSummary[]; nextCursor: string | null }> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  const standing = await standingOf(ctx.db, actor);
  const all = await allDepartments(ctx.db);
  const seen = oversight(all, standing.memberOf);
  const acting = oversight(all, standing.stewardOf);
  const provider = dataResources.providerDepartmentId;
  const decidedBy = standing.memberOf.map((d) => sql`${sharingRequests.decisions} @> ${JSON.stringify([{ departmentId: d }])}::jsonb`);
  const todo = (s: readonly string[], o: Oversight) => or(awaiting('compliance_check', o.checkable), awaiting('provider_review', s), awaiting('higher_review', o.higherOf)) ?? sql`false`;
  const byRole: Record<NonNullable<ListQuery['role']>, SQL> = {
    consumer: idsIn(sharingRequests.consumerDepartmentId, standing.memberOf),
    provider: idsIn(provider, standing.memberOf),
    checker: awaiting('compliance_check', seen.checkable),
    higher: awaiting('higher_review', seen.higherOf),
    todo: todo(standing.stewardOf, acting),
    all:
      or(idsIn(sharingRequests.consumerDepartmentId, standing.memberOf), idsIn(provider, standing.memberOf), idsIn(provider, seen.checkable), idsIn(provider, seen.higherOf), ...decidedBy) ?? sql`false`,
  };
  const offset = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select({ request: sharingRequests, resource: { code: dataResources.code, name: dataResources.name, grade: dataResources.grade, providerId: dataResources.providerDepartmentId } })
    .from(sharingRequests)
    .innerJoin(dataResources, eq(dataResources.id, sharingRequests.resourceId))
    .where(and(byRole[query.role ?? 'all'], query.status ? eq(sharingRequests.status, query.status) : undefined))
    .orderBy(desc(sharingRequests.createdAt), desc(sharingRequests.id))
    .limit(query.limit + 1)
    .offset(offset);
  const byId = new Map(all.map((d) => [d.id, d]));
  const canAct = (r: (typeof rows)[number]) => {
    const p = r.resource.providerId;
    if (r.request.status === 'compliance_check') return acting.checkable.includes(p);
    if (r.request.status === 'higher_review') return acting.higherOf.includes(p);
    return (r.request.status === 'provider_review' || r.request.status === 'approved') && standing.stewardOf.includes(p);
  };
  const items = rows
    .slice(0, query.limit)
    .map((r) => requestSummary(ctx.calendar, r.request, r.resource, { consumer: byId.get(r.request.consumerDepartmentId), provider: byId.get(r.resource.providerId), providerId: r.resource.providerId }, canAct(r)));
  return { items, nextCursor: rows.length > query.limit ? Buffer.from(String(offset + query.limit)).toString('base64url') : null };
}

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const n = Number(Buffer.from(cursor, 'base64url').toString());
  return Number.isInteger(n) && n >= 0 ? n : 0;
}
