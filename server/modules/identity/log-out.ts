import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { deleteSession } from './sessions';

/** Ends the session on the server: the cookie is worthless afterwards even if kept. */
export async function logOut(ctx: UseCaseContext, token: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, token);
    if (ctx.actor) await appendAudit(tx, ctx, { action: 'auth.logout', objectType: 'user', objectId: ctx.actor.userId });
  });
}
