import { desc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { licenceSummary, type LicenceSummary } from './licence-view';
import { elicences } from './tables';

// A wallet holds a handful of licences; the cap only keeps one response bounded.
const WALLET_LIMIT = 200;

/** 我的证照: the signed-in account's licences, newest first, revoked and expired ones included with their status. */
export async function listMyLicences(ctx: UseCaseContext): Promise<{ items: LicenceSummary[] }> {
  if (!ctx.actor) throw new AppError('auth.unauthenticated');
  const rows = await ctx.db.select().from(elicences).where(eq(elicences.holderUserId, ctx.actor.userId)).orderBy(desc(elicences.issuedOn), desc(elicences.createdAt)).limit(WALLET_LIMIT);
  return { items: rows.map(licenceSummary) };
}
