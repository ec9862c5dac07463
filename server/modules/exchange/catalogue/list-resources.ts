import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/context';
import { findDepartmentByCode } from '../../identity/org-lookups';
import { dataResources } from '../tables';
import { toSummaries } from './resource-view';
import type { ResourceQuery } from './schemas';

/** LIKE pattern for a literal search text (its %, _ and \ escaped). */
function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * 目录检索: staff search the catalogue (code, names, descriptions in both languages) with filters, by code, in
 * pages. The catalogue is visible to every department; what they may use is decided by grants.
 */
export async function listResources(ctx: UseCaseContext, query: ResourceQuery) {
  const limit = query.limit ?? 20;
  const offset = decodeCursor(query.cursor);
  const where: (SQL | undefined)[] = [eq(dataResources.status, 'published')];
  const q = query.q?.trim();
  if (q) {
    const like = contains(q);
    where.push(
      or(
        ilike(dataResources.code, like),
        sql`${dataResources.name}->>'zh' ILIKE ${like}`,
        sql`${dataResources.name}->>'en' ILIKE ${like}`,
        sql`${dataResources.description}->>'zh' ILIKE ${like}`,
        sql`${dataResources.description}->>'en' ILIKE ${like}`,
      ),
    );
  }
  if (query.provider) {
    const department = await findDepartmentByCode(ctx.db, query.provider);
    if (!department) return { items: [], nextCursor: null };
    where.push(eq(dataResources.providerDepartmentId, department.id));
  }
  if (query.grade) where.push(eq(dataResources.grade, query.grade));
  if (query.sharingType) where.push(eq(dataResources.sharingType, query.sharingType));
  if (query.openData !== undefined) where.push(eq(dataResources.openData, query.openData));
  const rows = await ctx.db
    .select()
    .from(dataResources)
    .where(and(...where))
    .orderBy(asc(dataResources.code))
    .limit(limit + 1)
    .offset(offset);
  const page = rows.slice(0, limit);
  return { items: await toSummaries(ctx.db, page), nextCursor: rows.length > limit ? Buffer.from(String(offset + limit)).toString('base64url') : null };
}

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const n = Number(Buffer.from(cursor, 'base64url').toString());
  return Number.isInteger(n) && n >= 0 ? n : 0;
}
