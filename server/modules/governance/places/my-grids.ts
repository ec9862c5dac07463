import { asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { grids } from '../tables';

/** The grids the signed-in staff member works (a grid worker's own; empty for everyone else), for the patrol page. */
export async function listMyGrids(ctx: UseCaseContext): Promise<{ items: { code: string }[] }> {
  if (!ctx.actor) throw new AppError('auth.unauthenticated');
  const rows = await ctx.db.select({ code: grids.code }).from(grids).where(eq(grids.workerUserId, ctx.actor.userId)).orderBy(asc(grids.code));
  return { items: rows };
}
