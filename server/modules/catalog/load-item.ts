import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { inFieldOrder, type StandardItemContent } from './catalogue-format';
import { standardItems, standardItemVersions } from './tables';

export interface ItemVersion {
  version: number;
  content: StandardItemContent;
}

/** The version of an item offered now; 404 for an unknown item, 422 for one not (or no longer) published. */
export async function loadPublishedItem(exec: Executor, code: string): Promise<ItemVersion> {
  const [item] = await exec.select({ current: standardItems.currentVersion }).from(standardItems).where(eq(standardItems.code, code));
  if (!item) throw new AppError('catalog.item_not_found');
  if (item.current === null) throw new AppError('catalog.not_published');
  return loadItemVersion(exec, code, item.current);
}

/** Published (and later withdrawn) versions never change: every case and guide may share one copy. */
const settledVersions = new Map<string, ItemVersion>();

/** A specific version (applications pin the version they were made under). */
export async function loadItemVersion(exec: Executor, code: string, version: number): Promise<ItemVersion> {
  const key = `${code}@${version}`;
  const cached = settledVersions.get(key);
  if (cached) return cached;
  const [row] = await exec
    .select({ version: standardItemVersions.version, content: standardItemVersions.content, status: standardItemVersions.status })
    .from(standardItemVersions)
    .where(and(eq(standardItemVersions.itemCode, code), eq(standardItemVersions.version, version)));
  if (!row) throw new AppError('catalog.item_not_found');
  const found = { version: row.version, content: inFieldOrder(row.content) };
  if (row.status !== 'draft') {
    if (settledVersions.size >= 5000) settledVersions.clear();
    settledVersions.set(key, found);
  }
  return found;
}

export async function hasAnyStandardItem(exec: Executor): Promise<boolean> {
  return (await exec.select({ code: standardItems.code }).from(standardItems).limit(1)).length > 0;
}
