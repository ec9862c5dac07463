import { and, count, inArray } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Executor } from '../../../db/client';
import { departmentsByIds } from '../../identity/department-queries';
import { regionNamesByCode } from '../../identity/org-lookups';
import { OPEN_STATUSES, type I18nText } from '../model';
import { grids, incidentCategories, incidents } from '../tables';
import type { IncidentRow } from './register-incident';
import type { IncidentSummary } from './schemas';

export type Summary = Static<typeof IncidentSummary>;

/** The names an incident list needs, loaded once per page (categories, grids, regions, departments, parents). */
export interface Names {
  categories: Map<string, I18nText>;
  grids: Map<string, I18nText>;
  regions: Map<string, I18nText>;
  departments: Map<string, I18nText>;
  parents: Map<string, string>;
  duplicateCounts: Map<string, number>;
}

const uniq = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

export async function loadNames(exec: Executor, rows: readonly IncidentRow[]): Promise<Names> {
  const categoryCodes = uniq(rows.flatMap((r) => [r.categoryCode, r.suggestedCategoryCode]));
  const gridCodes = uniq(rows.map((r) => r.gridCode));
  const regionCodes = uniq(rows.flatMap((r) => [r.communityCode, r.streetCode, r.districtCode]));
  const parentIds = uniq(rows.map((r) => r.duplicateOf));
  const ids = rows.map((r) => r.id);
  const [cats, gridRows, regionNames, departments, parents, dupCounts] = await Promise.all([
    categoryCodes.length ? exec.select({ code: incidentCategories.code, name: incidentCategories.name }).from(incidentCategories).where(inArray(incidentCategories.code, categoryCodes)) : [],
    gridCodes.length ? exec.select({ code: grids.code, name: grids.name }).from(grids).where(inArray(grids.code, gridCodes)) : [],
    regionNamesByCode(exec, regionCodes),
    departmentsByIds(exec, uniq(rows.map((r) => r.leadDepartmentId))),
    parentIds.length ? exec.select({ id: incidents.id, number: incidents.number }).from(incidents).where(inArray(incidents.id, parentIds)) : [],
    ids.length
      ? exec
          .select({ parent: incidents.duplicateOf, n: count() })
          .from(incidents)
          .where(and(inArray(incidents.duplicateOf, ids), inArray(incidents.status, [...OPEN_STATUSES, 'verified', 'closed'])))
          .groupBy(incidents.duplicateOf)
      : [],
  ]);
  return {
    categories: new Map(cats.map((c) => [c.code, c.name])),
    grids: new Map(gridRows.map((g) => [g.code, g.name])),
    regions: regionNames,
    departments: new Map([...departments.values()].map((d) => [d.id, { zh: d.name, en: d.nameEn ?? d.name }])),
    parents: new Map(parents.map((p) => [p.id, p.number])),
    duplicateCounts: new Map(dupCounts.map((d) => [d.parent!, Number(d.n)])),
  };
}

const coded = (map: Map<string, I18nText>, code: string | null) => (code ? { code, name: map.get(code) ?? { zh: code, en: code } } : null);

export function summarise(row: IncidentRow, names: Names): Summary {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    channel: row.channel,
    requestType: row.requestType,
    urgency: row.urgency,
    category: coded(names.categories, row.categoryCode),
    description: row.description,
    lat: row.lat,
    lng: row.lng,
    address: row.address,
    grid: coded(names.grids, row.gridCode),
    regions: [row.communityCode, row.streetCode, row.districtCode].map((c) => coded(names.regions, c)).filter((c) => c !== null),
    leadDepartment: row.leadDepartmentId ? { id: row.leadDepartmentId, name: names.departments.get(row.leadDepartmentId) ?? { zh: '', en: '' } } : null,
    deadlineAt: row.deadlineAt?.toISOString() ?? null,
    deadlineState: row.deadlineState,
    escalationLevel: row.escalationLevel,
    duplicateOf: row.duplicateOf ? { id: row.duplicateOf, number: names.parents.get(row.duplicateOf) ?? '' } : null,
    duplicateCount: names.duplicateCounts.get(row.id) ?? 0,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
