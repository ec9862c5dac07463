import type { StandardItemContent } from './catalogue-format';

// Pure merging of a life event's items into one form, one set of materials and one joint time limit.

export interface MergedField {
  key: string;
  schema: Record<string, unknown>;
  element: string | null;
  itemCodes: string[];
}

export interface MergedMaterial {
  key: string;
  name: { zh: string; en: string };
  source: string;
  sourceRef: string | null;
  isFetched: boolean;
  itemCodes: string[];
}

/** A life-event form key: the data element a field is bound to, else `CODE:field`. */
export function fieldKey(itemCode: string, name: string, element: string | null): string {
  return element ?? `${itemCode}:${name}`;
}

/** A life-event material key: a fetched source (e-licence type or data element) or a same-named upload counts once. */
export function materialKey(m: StandardItemContent['materials'][number]): string {
  const isFetched = m.source === 'elicence' || m.source === 'shared_data';
  return isFetched ? `${m.source}:${m.sourceRef ?? m.id}` : `${m.source}:${m.name.zh}`;
}

/** Fields bound to the same data element appear once; unbound fields stay per item (`CODE:field`). */
export function mergeForms(items: StandardItemContent[]): MergedField[] {
  const merged = new Map<string, MergedField>();
  for (const item of items) {
    for (const [name, raw] of Object.entries(item.form.properties)) {
      const schema = (raw ?? {}) as Record<string, unknown>;
      const element = typeof schema['x-element'] === 'string' ? schema['x-element'] : null;
      const key = fieldKey(item.code, name, element);
      const existing = merged.get(key);
      if (!existing) merged.set(key, { key, schema, element, itemCodes: [item.code] });
      else if (!existing.itemCodes.includes(item.code)) existing.itemCodes.push(item.code);
    }
  }
  return [...merged.values()];
}

/** One set of materials: a fetched source (e-licence type or data element) or a same-named upload counts once. */
export function mergeMaterials(items: { code: string; materials: StandardItemContent['materials'] }[]): MergedMaterial[] {
  const merged = new Map<string, MergedMaterial>();
  for (const item of items) {
    for (const m of item.materials) {
      const isFetched = m.source === 'elicence' || m.source === 'shared_data';
      const key = materialKey(m);
      const existing = merged.get(key);
      if (!existing) merged.set(key, { key, name: m.name, source: m.source, sourceRef: m.sourceRef ?? null, isFetched, itemCodes: [item.code] });
      else if (!existing.itemCodes.includes(item.code)) existing.itemCodes.push(item.code);
    }
  }
  return [...merged.values()];
}

/** Items in an order where each comes after what it depends on; null when the dependencies form a cycle. */
export function dependencyOrder(items: { itemCode: string; dependsOn: string[] }[]): string[] | null {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const deps = new Map(items.map((i) => [i.itemCode, i.dependsOn]));
  const visit = (code: string): boolean => {
    if (state.get(code) === 'done') return true;
    if (state.get(code) === 'visiting') return false;
    state.set(code, 'visiting');
    for (const d of deps.get(code) ?? []) if (!visit(d)) return false;
    state.set(code, 'done');
    order.push(code);
    return true;
  };
  for (const i of items) if (!visit(i.itemCode)) return null;
  return order;
}

/** Joint limit: the longest chain of limits through the dependency order (independent items run in parallel). */
export function jointLimit(items: { itemCode: string; dependsOn: string[] }[], daysOf: (code: string) => number): number {
  const order = dependencyOrder(items) ?? [];
  const finish = new Map<string, number>();
  const deps = new Map(items.map((i) => [i.itemCode, i.dependsOn]));
  for (const code of order) finish.set(code, Math.max(0, ...(deps.get(code) ?? []).map((d) => finish.get(d) ?? 0)) + daysOf(code));
  return Math.max(0, ...finish.values());
}
