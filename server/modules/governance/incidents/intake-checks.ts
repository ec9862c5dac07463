import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { TtlCache } from '../../../platform/cache/ttl-cache';
import { AppError, ProblemList } from '../../../platform/errors/app-error';
import { storedFiles } from '../../../platform/storage/tables';
import { incidentPhotos } from '../tables';
import { leafCategory, type CategoryRow } from '../places/categories';
import type { RegisterInput } from './register-incident';

export const MAX_PHOTOS = 3;
const PHOTO_TYPES = ['image/jpeg', 'image/png'];

/** The field problems of an intake that need no database: text length and the place. */
export function checkIntakeShape(input: RegisterInput): string {
  const problems = new ProblemList();
  const description = input.description.trim();
  if (description.length < 4) problems.add('description', 'minLength', 'At least 4 characters');
  if (description.length > 2000) problems.add('description', 'maxLength', 'At most 2000 characters');
  problems.throwIfAny();
  const enquiry = input.channel === 'hotline' && input.requestType === 'enquiry';
  if (!enquiry && !input.point && !input.address?.trim()) {
    throw new AppError('governance.location_required', { details: [{ field: 'lat', rule: 'point_or_address', message: '' }] });
  }
  if ((input.photoFileIds?.length ?? 0) > MAX_PHOTOS) {
    throw new AppError('governance.too_many_photos', { details: [{ field: 'photoIds', rule: 'maxItems', message: `At most ${MAX_PHOTOS}` }] });
  }
  return description;
}

// Leaves of the category tree, kept per process for LEAF_CACHE_TTL_MS: every intake names or is given one, and the
// tree changes only with the seed or a release. Only leaves found are kept, so a category added is seen at once;
// an edited one within the TTL.
export const LEAF_CACHE_TTL_MS = 30_000;
const leaves = new TtlCache<CategoryRow | null>(LEAF_CACHE_TTL_MS, { keep: Boolean });

/** The leaf category with this code (from a short-lived cache), or null when it is not a leaf of the tree. */
export function knownLeafCategory(exec: Executor, code: string): Promise<CategoryRow | null> {
  return leaves.get(code, () => leafCategory(exec, code));
}

/** A given category must be a leaf of the tree. */
export async function checkedCategory(exec: Executor, code: string, field = 'categoryCode'): Promise<CategoryRow> {
  const category = await knownLeafCategory(exec, code);
  if (!category) throw new AppError('governance.category_not_found', { details: [{ field, rule: 'leaf', message: '' }] });
  return category;
}

/** Anonymous reports only for categories that allow them (and so only once the category is known). */
export function checkAnonymous(anonymous: boolean, category: CategoryRow | null): void {
  if (anonymous && !category?.anonymousAllowed) {
    throw new AppError('governance.anonymous_not_allowed', { details: [{ field: 'anonymous', rule: 'anonymous_category', message: '' }] });
  }
}

/**
 * Photos for an incident: stored files (content-checked at upload) that are images, owned by the person attaching
 * them and not yet attached to anything. Marks them attached, so a file serves one incident only.
 */
export async function claimPhotos(exec: Executor, ownerId: string | null, fileIds: readonly string[], incidentId: string, field = 'photoIds'): Promise<string[]> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return [];
  if (ids.length > MAX_PHOTOS) throw new AppError('governance.too_many_photos', { details: [{ field, rule: 'maxItems', message: `At most ${MAX_PHOTOS}` }] });
  const refused = () => new AppError('governance.photo_not_found', { details: [{ field, rule: 'owner', message: '' }] });
  if (!ownerId) throw refused();
  const files = await exec
    .select({ id: storedFiles.id, mediaType: storedFiles.mediaType })
    .from(storedFiles)
    .where(and(inArray(storedFiles.id, ids), eq(storedFiles.ownerId, ownerId), isNull(storedFiles.attachedTo)));
  if (files.length !== ids.length || files.some((f) => !PHOTO_TYPES.includes(f.mediaType))) throw refused();
  const used = await exec.select({ id: incidentPhotos.fileId }).from(incidentPhotos).where(inArray(incidentPhotos.fileId, ids));
  if (used.length > 0) throw refused();
  const claimed = await exec
    .update(storedFiles)
    .set({ attachedTo: incidentId })
    .where(and(inArray(storedFiles.id, ids), isNull(storedFiles.attachedTo)))
    .returning({ id: storedFiles.id });
  // A concurrent intake took one of them first.
  if (claimed.length !== ids.length) throw refused();
  return ids;
}
