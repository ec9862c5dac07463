import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { regionLineage } from '../identity/org-lookups';
import { implementations } from './tables';

export type ImplementationRow = typeof implementations.$inferSelect;

/**
 * The implementation that serves a region: its own, or the nearest ancestor's (a district without its own list
 * inherits the city's).
 */
export async function resolveImplementation(exec: Executor, itemCode: string, regionCode: string): Promise<ImplementationRow | null> {
  return (await resolveImplementations(exec, [itemCode], regionCode)).get(itemCode) ?? null;
}

/** The same for many items at once (lists and life events): item code → serving implementation. */
export async function resolveImplementations(exec: Executor, itemCodes: string[], regionCode: string, knownLineage?: string[]): Promise<Map<string, ImplementationRow>> {
  const out = new Map<string, ImplementationRow>();
  if (itemCodes.length === 0) return out;
  // A caller that already read the region's lineage passes it, so it is not read twice.
  const lineage = knownLineage ?? (await regionLineage(exec, regionCode));
  if (!lineage) throw new AppError('identity.region_not_found');
  const rows = await exec
    .select()
    .from(implementations)
    .where(and(inArray(implementations.itemCode, itemCodes), inArray(implementations.regionCode, lineage)));
  for (const row of rows) {
    const current = out.get(row.itemCode);
    if (!current || lineage.indexOf(row.regionCode) > lineage.indexOf(current.regionCode)) out.set(row.itemCode, row);
  }
  return out;
}

/** One implementation by id (an application may name the local implementation directly). */
export async function findImplementation(exec: Executor, id: string): Promise<ImplementationRow | null> {
  const [row] = await exec.select().from(implementations).where(eq(implementations.id, id));
  return row ?? null;
}
