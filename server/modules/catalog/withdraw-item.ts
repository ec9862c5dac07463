import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { catalogSearch, standardItems, standardItemVersions } from './tables';

/** Stops offering an item: its published version is withdrawn and it leaves search and guides. */
export async function withdrawItem(ctx: UseCaseContext, code: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const withdrawn = await tx
      .update(standardItemVersions)
      .set({ status: 'withdrawn', withdrawnAt: new Date() })
      .where(and(eq(standardItemVersions.itemCode, code), eq(standardItemVersions.status, 'published')))
      .returning({ version: standardItemVersions.version });
    if (withdrawn.length === 0) throw new AppError('catalog.not_published');
    await tx.update(standardItems).set({ currentVersion: null }).where(eq(standardItems.code, code));
    await tx.delete(catalogSearch).where(eq(catalogSearch.itemCode, code));
    await appendAudit(tx, ctx, { action: 'catalog.item_withdrawn', objectType: 'standard_item', objectId: code, details: { version: withdrawn[0]?.version } });
  });
}
