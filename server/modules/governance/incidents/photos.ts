import { eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { storeUpload } from '../../../platform/storage/store-upload';
import { storedFiles } from '../../../platform/storage/tables';
import { incidentPhotos } from '../tables';
import { findVisibleIncident, incidentAccess } from './access';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** One photo, recognised as JPEG or PNG by its content (never its name or declared type), at most 5 MB. */
export async function uploadPhoto(ctx: UseCaseContext, fileName: string, bytes: Buffer): Promise<{ id: string; mediaType: string; sizeBytes: number }> {
  if (bytes.length > MAX_PHOTO_BYTES) throw new AppError('storage.file_too_large', { details: { maxBytes: MAX_PHOTO_BYTES } });
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !['jpg', 'png'].includes(detected.ext)) throw new AppError('storage.file_type', { details: { detected: detected?.mime ?? null } });
  const stored = await storeUpload(ctx.db, ctx.storage, { ownerId: ctx.actor!.userId, fileName, bytes, maxBytes: MAX_PHOTO_BYTES });
  return { id: stored.id, mediaType: stored.mediaType, sizeBytes: stored.sizeBytes };
}

/** A photo's bytes: to whoever may see its incident, or to its uploader before it is used. */
export async function readPhoto(ctx: UseCaseContext, id: string): Promise<{ bytes: Buffer; mediaType: string; sha256: string }> {
  const [file] = await ctx.db.select().from(storedFiles).where(eq(storedFiles.id, id));
  const [photo] = file ? await ctx.db.select().from(incidentPhotos).where(eq(incidentPhotos.fileId, id)) : [];
  if (!file) throw new AppError('governance.photo_missing');
  if (photo) {
    await findVisibleIncident(ctx.db, await incidentAccess(ctx.db, ctx.actor!), photo.incidentId);
  } else if (file.ownerId !== ctx.actor!.userId || file.attachedTo !== null || !['image/jpeg', 'image/png'].includes(file.mediaType)) {
    throw new AppError('governance.photo_missing');
  }
  return { bytes: await ctx.storage.get(file.storageKey), mediaType: file.mediaType, sha256: file.sha256 };
}
