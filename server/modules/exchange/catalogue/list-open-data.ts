import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { findDepartmentsByIds } from '../../identity/org-lookups';
import { dataRecords, dataResources } from '../tables';

export type OpenResourceRow = typeof dataResources.$inferSelect;

/** Published open-data resources, by code. */
export async function openResources(exec: Executor): Promise<OpenResourceRow[]> {
  return exec
    .select()
    .from(dataResources)
    .where(and(eq(dataResources.openData, true), eq(dataResources.status, 'published')))
    .orderBy(asc(dataResources.code));
}

/** The fields an open-data file may carry: never personal information, whatever the flags say elsewhere. */
export function openFields(row: OpenResourceRow) {
  return row.fields.filter((f) => !f.personal && !f.sensitive);
}

/** 公共数据开放: the open resources with their provider, fields, record count and CSV address (public). */
export async function listOpenData(exec: Executor, baseUrl: string) {
  const rows = await openResources(exec);
  const departments = new Map((await findDepartmentsByIds(exec, [...new Set(rows.map((r) => r.providerDepartmentId))])).map((d) => [d.id, d]));
  const counts =
    rows.length === 0
      ? new Map<string, number>()
      : new Map(
          (
            await exec
              .select({ id: dataRecords.resourceId, n: count() })
              .from(dataRecords)
              .where(
                inArray(
                  dataRecords.resourceId,
                  rows.map((r) => r.id),
                ),
              )
              .groupBy(dataRecords.resourceId)
          ).map((c) => [c.id, Number(c.n)]),
        );
  return {
    items: rows.map((r) => {
      const department = departments.get(r.providerDepartmentId);
      return {
        code: r.code,
        name: r.name,
        description: r.description,
        provider: { name: department?.name ?? '', nameEn: department?.nameEn ?? null },
        updateCycle: r.updateCycle,
        releasedOn: r.releasedOn,
        updatedAt: (r.lastLoadedAt ?? r.updatedAt).toISOString(),
        fields: openFields(r).map((f) => ({ key: f.key, name: f.name, type: f.type })),
        recordCount: counts.get(r.id) ?? 0,
        csvUrl: `${baseUrl}/api/v1/exchange/open-data/${encodeURIComponent(r.code)}.csv`,
      };
    }),
    dcatUrl: `${baseUrl}/api/v1/exchange/dcat`,
  };
}
