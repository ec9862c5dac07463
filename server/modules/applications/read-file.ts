import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { storedFiles } from '../../platform/storage/tables';
import { findVisibleCase } from './case-access';

/** An uploaded file for its owner, or for whoever may see the case it is attached to (else 404). */
export async function readFile(ctx: UseCaseContext, id: string) {
  const actor = ctx.actor!;
  const [file] = await ctx.db.select().from(storedFiles).where(eq(storedFiles.id, id));
  if (!file) throw new AppError('storage.file_not_found');
  if (file.ownerId !== actor.userId) {
    if (!file.attachedTo) throw new AppError('storage.file_not_found');
    await findVisibleCase(ctx.db, actor, file.attachedTo).catch(() => {
      throw new AppError('storage.file_not_found');
    });
  }
  return { ...file, bytes: await ctx.storage.get(file.storageKey) };
}
