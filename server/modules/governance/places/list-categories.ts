import { asc } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { I18nText } from '../model';
import { incidentCategories } from '../tables';

export interface CategoryLeafView {
  code: string;
  name: I18nText;
  leaf: true;
  departmentKind: string;
  public: boolean;
  anonymousAllowed: boolean;
  urgentHours: number;
  workingDays: number;
}

export interface CategoryGroupView {
  code: string;
  name: I18nText;
  leaf: false;
  departmentKind: null;
  public: boolean;
  anonymousAllowed: boolean;
  children: CategoryLeafView[];
}

/** The category tree (public): groups in order, each with its leaves, their department kind and deadlines. */
export async function listCategories(exec: Executor): Promise<{ items: CategoryGroupView[] }> {
  const rows = await exec.select().from(incidentCategories).orderBy(asc(incidentCategories.sortOrder), asc(incidentCategories.code));
  const items: CategoryGroupView[] = rows
    .filter((r) => r.parentCode === null)
    .map((g) => ({ code: g.code, name: g.name, leaf: false, departmentKind: null, public: g.public, anonymousAllowed: g.anonymousAllowed, children: [] }));
  const groups = new Map(items.map((g) => [g.code, g]));
  for (const r of rows) {
    const group = r.parentCode ? groups.get(r.parentCode) : undefined;
    // The tree is two levels deep; a row without a kind is not a leaf anyone can report under.
    if (!group || !r.departmentKind) continue;
    group.children.push({ code: r.code, name: r.name, leaf: true, departmentKind: r.departmentKind, public: r.public, anonymousAllowed: r.anonymousAllowed, urgentHours: r.urgentHours, workingDays: r.workingDays });
  }
  return { items };
}
