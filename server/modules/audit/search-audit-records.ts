import { and, desc, eq, gte, lt, lte, or, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/context';
import { auditRecords, auditSeals } from '../../platform/audit/tables';

export interface AuditSearch {
  actor?: string;
  object?: string;
  from?: string;
  to?: string;
  cursor?: number;
  limit: number;
}

/** Audit records newest first, filtered by actor (id or label), object (id or type) and time. */
export async function searchAuditRecords(ctx: UseCaseContext, q: AuditSearch) {
  const conditions: (SQL | undefined)[] = [
    q.actor ? or(eq(auditRecords.actorLabel, q.actor), /^[0-9a-f-]{36}$/.test(q.actor) ? eq(auditRecords.actorId, q.actor) : undefined) : undefined,
    q.object ? or(eq(auditRecords.objectId, q.object), eq(auditRecords.objectType, q.object)) : undefined,
    q.from ? gte(auditRecords.at, new Date(q.from)) : undefined,
    q.to ? lte(auditRecords.at, new Date(q.to)) : undefined,
    q.cursor ? lt(auditRecords.id, q.cursor) : undefined,
  ];
  const rows = await ctx.db
    .select({ record: auditRecords, seq: auditSeals.seq })
    .from(auditRecords)
    .leftJoin(auditSeals, eq(auditSeals.recordId, auditRecords.id))
    .where(and(...conditions))
    .orderBy(desc(auditRecords.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  return {
    items: page.map(({ record, seq }) => ({
      id: record.id,
      seq,
      at: record.at.toISOString(),
      actorId: record.actorId,
      actorName: record.actorLabel,
      ip: record.ip,
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId,
      result: record.result,
      details: record.details,
    })),
    nextCursor: rows.length > q.limit ? String(page[page.length - 1]?.record.id ?? '') : null,
  };
}
