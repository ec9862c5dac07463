import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { incidentCategories } from '../tables';

export type CategoryRow = typeof incidentCategories.$inferSelect;

/** A leaf of the category tree (one with a responsible department kind), or null. */
export async function leafCategory(exec: Executor, code: string): Promise<CategoryRow | null> {
  const [row] = await exec.select().from(incidentCategories).where(eq(incidentCategories.code, code));
  return row && row.departmentKind ? row : null;
}
