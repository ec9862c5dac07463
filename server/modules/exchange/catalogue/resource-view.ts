import { count, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../platform/access/actor';
import { findDepartmentsByIds, type DepartmentInfo } from '../../identity/org-lookups';
import { dataRecords } from '../tables';
import { qualityAsOf } from './compute-quality';
import { isStewardOf, knownResources, type ResourceRow } from './resource-access';
import { highestGrade } from './resource-rules';
import type { ResourceDetail } from './schemas';

function provider(department: DepartmentInfo | undefined, id: string) {
  return department ? { id: department.id, code: department.code, name: department.name, nameEn: department.nameEn } : { id, code: '', name: '', nameEn: null };
}

/** Catalogue list entries (one department look-up for the whole page). */
export async function toSummaries(exec: Executor, rows: ResourceRow[]) {
  const departments = new Map((await findDepartmentsByIds(exec, [...new Set(rows.map((r) => r.providerDepartmentId))])).map((d) => [d.id, d]));
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    description: r.description,
    classification: r.classification,
    provider: provider(departments.get(r.providerDepartmentId), r.providerDepartmentId),
    subjectKind: r.subjectKind,
    grade: r.grade,
    sharingType: r.sharingType,
    method: r.method,
    openData: r.openData,
    updateCycle: r.updateCycle,
    releasedOn: r.releasedOn,
    qualityScore: r.quality ? qualityAsOf(r.quality, r.updateCycle, r.lastLoadedAt).score : null,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** One resource with its fields, record count, quality report and what the caller may do with it. */
export async function toDetail(exec: Executor, row: ResourceRow, actor: Actor | null): Promise<ResourceDetail> {
  const [summary] = await toSummaries(exec, [row]);
  const [records] = await exec.select({ n: count() }).from(dataRecords).where(eq(dataRecords.resourceId, row.id));
  const inputs = [...(await knownResources(exec, row.derivedFrom)).values()].map((r) => r.grade);
  return {
    ...summary!,
    fields: row.fields,
    derivedFrom: row.derivedFrom,
    inputsGrade: inputs.length > 0 ? highestGrade('general', inputs) : null,
    notSharedBasis: row.notSharedBasis,
    uniqueFields: row.uniqueFields,
    status: row.status,
    version: row.version,
    recordCount: Number(records?.n ?? 0),
    lastLoadedAt: row.lastLoadedAt?.toISOString() ?? null,
    quality: row.quality ? qualityAsOf(row.quality, row.updateCycle, row.lastLoadedAt) : null,
    canManage: isStewardOf(actor, row.providerDepartmentId),
  };
}
