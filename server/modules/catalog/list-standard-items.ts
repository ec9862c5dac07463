import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { standardItems, standardItemVersions } from './tables';

/**
 * Every standard item for the catalogue editors, drafts and withdrawn ones included: the latest version's
 * name and status, the version offered now, and whether a draft is waiting.
 */
export async function listStandardItems(exec: Executor) {
  const latest = exec
    .select({ itemCode: standardItemVersions.itemCode, version: sql<number>`max(${standardItemVersions.version})`.as('latest_version') })
    .from(standardItemVersions)
    .groupBy(standardItemVersions.itemCode)
    .as('latest');
  const rows = await exec
    .select({
      code: standardItems.code,
      currentVersion: standardItems.currentVersion,
      latestVersion: latest.version,
      status: standardItemVersions.status,
      content: standardItemVersions.content,
    })
    .from(standardItems)
    .innerJoin(latest, eq(latest.itemCode, standardItems.code))
    .innerJoin(standardItemVersions, sql`${standardItemVersions.itemCode} = ${standardItems.code} AND ${standardItemVersions.version} = ${latest.version}`)
    .orderBy(asc(standardItems.code));
  return rows.map((r) => ({
    code: r.code,
    name: r.content.name,
    type: r.content.type,
    departmentKind: r.content.departmentKind,
    currentVersion: r.currentVersion,
    latestVersion: Number(r.latestVersion),
    latestStatus: r.status,
    hasDraft: r.status === 'draft',
  }));
}
