import { inFieldOrder } from './catalogue-format';
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { standardItemVersions } from './tables';

/** Every version of an item, oldest first, for the editor's history. */
export async function listItemVersions(exec: Executor, code: string) {
  const rows = await exec.select().from(standardItemVersions).where(eq(standardItemVersions.itemCode, code)).orderBy(asc(standardItemVersions.version));
  if (rows.length === 0) throw new AppError('catalog.item_not_found');
  return rows.map((r) => ({ version: r.version, status: r.status, publishedAt: r.publishedAt?.toISOString() ?? null, content: inFieldOrder(r.content) }));
}
