import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { UseCaseContext } from '../../../platform/context';
import { regionPath } from '../../identity/org-lookups';
import { incidentParts, incidents } from '../tables';
import { incidentAccess, inRegionPaths, staffScope } from './access';
import type { IncidentsPage, IncidentsQuery } from './schemas';
import { loadNames, summarise } from './summaries';

export type ListQuery = Static<typeof IncidentsQuery>;
export type Page = Static<typeof IncidentsPage>;

/**
 * Incidents in the person's scope, newest first: dispatchers their region's subtree, handlers their departments'
 * parts, grid workers their grids and their own reports. `view=queue` is the dispatcher's work: registered and
 * returned originals, urgent first, then oldest first. `mine` (a citizen's own) lists only what they reported.
 */
export async function listIncidents(ctx: UseCaseContext, query: ListQuery, opts: { mine?: boolean } = {}): Promise<Page> {
  const actor = ctx.actor!;
  const limit = query.limit ?? 20;
  const offset = Math.max(0, Number.parseInt(query.cursor ?? '0', 10) || 0);
  const access = opts.mine ? null : await incidentAccess(ctx.db, actor);
  const filters: (SQL | undefined)[] = [opts.mine || !access ? eq(incidents.reporterUserId, actor.userId) : staffScope(access)];
  if (query.status) filters.push(eq(incidents.status, query.status));
  if (query.category) filters.push(eq(incidents.categoryCode, query.category));
  if (query.grid) filters.push(eq(incidents.gridCode, query.grid));
  if (query.deadline) filters.push(eq(incidents.deadlineState, query.deadline));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(incidents.description, like), ilike(incidents.number, like)));
  }
  if (query.region) {
    const path = await regionPath(ctx.db, query.region);
    filters.push(path !== null ? inRegionPaths([path]) : sql`false`);
  }
  const queue = query.view === 'queue';
  if (queue) filters.push(inArray(incidents.status, ['registered', 'returned']), isNull(incidents.duplicateOf));
  if (query.view === 'mine' && access) {
    const departments = access.handlerDepartmentIds;
    filters.push(
      departments.length
        ? sql`EXISTS (SELECT 1 FROM ${incidentParts} p WHERE p.incident_id = ${incidents.id} AND p.department_id IN (${sql.join(
            departments.map((id) => sql`${id}::uuid`),
            sql`, `,
          )}))`
        : sql`false`,
    );
  }
  const order = queue
    ? [sql`CASE WHEN ${incidents.urgency} = 'urgent' THEN 0 ELSE 1 END`, asc(incidents.createdAt), asc(incidents.id)]
    : [desc(incidents.createdAt), desc(incidents.id)];
  const rows = await ctx.db
    .select()
    .from(incidents)
    .where(and(...filters))
    .orderBy(...order)
    .limit(limit + 1)
    .offset(offset);
  const page = rows.slice(0, limit);
  const names = await loadNames(ctx.db, page);
  return { items: page.map((r) => summarise(r, names)), nextCursor: rows.length > limit ? String(offset + limit) : null };
}
