import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError, type FieldProblem } from '../../platform/errors/app-error';
import type { LifeEventContent } from './catalogue-format';
import { dependencyOrder, jointLimit, mergeForms, mergeMaterials } from './life-event-plan';
import { loadPublishedItem, type ItemVersion } from './load-item';
import { resolveImplementations } from './resolve-implementation';
import { lifeEvents } from './tables';

async function loadItems(exec: Executor, event: LifeEventContent): Promise<Map<string, ItemVersion>> {
  const out = new Map<string, ItemVersion>();
  for (const entry of event.items) out.set(entry.itemCode, await loadPublishedItem(exec, entry.itemCode));
  return out;
}

/** Saves a life event after checking its items are published and its dependencies stay inside it, without cycles. */
export async function saveLifeEvent(ctx: UseCaseContext, event: LifeEventContent): Promise<{ id: string }> {
  const problems: FieldProblem[] = [];
  const codes = new Set(event.items.map((i) => i.itemCode));
  for (const [i, entry] of event.items.entries()) {
    try {
      await loadPublishedItem(ctx.db, entry.itemCode);
    } catch {
      problems.push({ field: `items.${i}.itemCode`, rule: 'unknown_item', message: `${entry.itemCode}` });
    }
    for (const d of entry.dependsOn) if (!codes.has(d)) problems.push({ field: `items.${i}.dependsOn`, rule: 'dependency_outside_event', message: d });
  }
  if (dependencyOrder(event.items) === null) problems.push({ field: 'items', rule: 'dependency_cycle', message: event.id });
  if (problems.length > 0) throw new AppError('catalog.life_event_invalid', { details: problems });
  await ctx.db.transaction(async (tx) => {
    await tx.insert(lifeEvents).values({ id: event.id, content: event }).onConflictDoUpdate({ target: lifeEvents.id, set: { content: event, updatedAt: new Date() } });
    await appendAudit(tx, ctx, { action: 'catalog.life_event_saved', objectType: 'life_event', objectId: event.id });
  });
  return { id: event.id };
}

export async function listLifeEvents(exec: Executor): Promise<LifeEventContent[]> {
  return (await exec.select({ content: lifeEvents.content }).from(lifeEvents).orderBy(asc(lifeEvents.id))).map((r) => r.content);
}

/**
 * A life event as the portal shows it: its items in dependency order with the region's limits, one merged form,
 * one set of materials, the joint limit, and how many applications, fields and materials it replaces.
 */
export async function loadLifeEvent(exec: Executor, id: string): Promise<LifeEventContent> {
  const [row] = await exec.select({ content: lifeEvents.content }).from(lifeEvents).where(eq(lifeEvents.id, id));
  if (!row) throw new AppError('catalog.life_event_not_found');
  return row.content;
}

export async function getLifeEvent(exec: Executor, id: string, regionCode?: string) {
  const event = await loadLifeEvent(exec, id);
  const items = await loadItems(exec, event);
  const local = regionCode ? await resolveImplementations(exec, [...items.keys()], regionCode) : new Map<string, never>();
  const contents = [...items.values()].map((v) => v.content);
  const fields = mergeForms(contents);
  const materials = mergeMaterials(contents.map((c) => ({ code: c.code, materials: c.materials.filter((m) => local.get(c.code)?.content.materialIds.includes(m.id) ?? true) })));
  const daysOf = (code: string) => local.get(code)?.promisedDays ?? items.get(code)?.content.statutoryDays ?? 0;
  const order = dependencyOrder(event.items) ?? [];
  const totalFields = contents.reduce((n, c) => n + Object.keys(c.form.properties).length, 0);
  const totalMaterials = contents.reduce((n, c) => n + (local.get(c.code)?.content.materialIds.length ?? c.materials.length), 0);
  return {
    id: event.id,
    name: event.name,
    description: event.description,
    audience: event.audience,
    items: order.map((code) => {
      const item = items.get(code)!.content;
      return {
        code,
        name: item.name,
        departmentKind: item.departmentKind,
        dependsOn: event.items.find((i) => i.itemCode === code)?.dependsOn ?? [],
        statutoryDays: item.statutoryDays,
        promisedDays: local.get(code)?.promisedDays ?? null,
      };
    }),
    form: { type: 'object' as const, properties: Object.fromEntries(fields.map((f) => [f.key, { ...f.schema, 'x-items': f.itemCodes }])) },
    materials,
    jointDays: jointLimit(event.items, daysOf),
    replaces: { applications: event.items.length, fields: totalFields, materials: totalMaterials },
    merged: { applications: 1, fields: fields.length, materials: materials.length },
  };
}
