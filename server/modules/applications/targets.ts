import type { Executor } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import type { StandardItemContent } from '../catalog/catalogue-format';
import { dependencyOrder, jointLimit } from '../catalog/life-event-plan';
import { loadLifeEvent } from '../catalog/life-events';
import { loadItemVersion, loadPublishedItem } from '../catalog/load-item';
import { findImplementation, resolveImplementations, type ImplementationRow } from '../catalog/resolve-implementation';
import { findDepartmentsByIds, regionLineage, type DepartmentInfo } from '../identity/org-lookups';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One item of what is applied for: the standard version, the serving local implementation and its department. */
export interface PlannedItem {
  itemCode: string;
  version: number;
  content: StandardItemContent;
  implementation: ImplementationRow;
  department: DepartmentInfo;
  /** Item codes (of the same life event) whose result this item waits for. */
  dependsOn: string[];
}

export interface Target {
  kind: 'item' | 'lifeEvent';
  lifeEventId: string | null;
  title: { zh: string; en: string };
  regionCode: string;
  items: PlannedItem[];
  /** Joint limit in working days (the longest dependency path); the item's promised limit for a single item. */
  jointDays: number;
}

export interface TargetInput {
  implementation?: string | undefined;
  lifeEvent?: string | undefined;
  region: string;
}

/** Resolves what the applicant applies for in their region: item (by code or implementation id) or life event. */
export async function loadTarget(exec: Executor, input: TargetInput): Promise<Target> {
  const lineage = await regionLineage(exec, input.region);
  if (!lineage) throw new AppError('identity.region_not_found');
  if (input.lifeEvent) {
    const event = await loadLifeEvent(exec, input.lifeEvent);
    const codes = dependencyOrder(event.items) ?? event.items.map((i) => i.itemCode);
    const items = await planItems(exec, codes, input.region, lineage, new Map(event.items.map((i) => [i.itemCode, i.dependsOn])));
    const daysOf = (code: string) => items.find((i) => i.itemCode === code)?.implementation.promisedDays ?? 0;
    return { kind: 'lifeEvent', lifeEventId: event.id, title: event.name, regionCode: input.region, items, jointDays: jointLimit(event.items, daysOf) };
  }
  if (!input.implementation) throw new AppError('applications.target_required');
  let itemCode = input.implementation;
  if (UUID.test(input.implementation)) {
    const impl = await findImplementation(exec, input.implementation);
    // An implementation serves its own region's subtree only.
    if (!impl || !lineage.includes(impl.regionCode)) throw new AppError('applications.not_offered');
    itemCode = impl.itemCode;
  }
  const items = await planItems(exec, [itemCode], input.region, lineage, new Map());
  const item = items[0]!;
  return { kind: 'item', lifeEventId: null, title: item.content.name, regionCode: input.region, items, jointDays: item.implementation.promisedDays };
}

async function planItems(exec: Executor, codes: string[], region: string, lineage: string[], deps: Map<string, string[]>): Promise<PlannedItem[]> {
  const implementations = await resolveImplementations(exec, codes, region, lineage);
  const missing = codes.filter((c) => !implementations.has(c));
  if (missing.length > 0) throw new AppError('applications.not_offered', { details: { items: missing } });
  const departments = new Map((await findDepartmentsByIds(exec, [...implementations.values()].map((i) => i.departmentId))).map((d) => [d.id, d]));
  const out: PlannedItem[] = [];
  for (const code of codes) {
    const implementation = implementations.get(code)!;
    const { version, content } = await loadPublishedItem(exec, code);
    const department = departments.get(implementation.departmentId);
    if (!department) throw new AppError('identity.department_not_found');
    out.push({ itemCode: code, version, content, implementation, department, dependsOn: deps.get(code) ?? [] });
  }
  return out;
}

/** The item version a case was made under (pinned), for actions long after a newer version was published. */
export async function loadCaseItem(exec: Executor, itemCode: string, version: number): Promise<StandardItemContent> {
  return (await loadItemVersion(exec, itemCode, version)).content;
}
