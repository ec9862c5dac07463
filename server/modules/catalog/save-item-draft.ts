import { and, eq, max } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { withFieldOrder, type StandardItemContent } from './catalogue-format';
import { standardItems, standardItemVersions } from './tables';

/** Creates the item if new and saves its draft version (one draft at a time; published versions never change). */
export async function saveItemDraft(ctx: UseCaseContext, input: StandardItemContent): Promise<{ code: string; version: number }> {
  const content = withFieldOrder(input);
  return ctx.db.transaction(async (tx) => {
    await tx.insert(standardItems).values({ code: content.code }).onConflictDoNothing();
    const [draft] = await tx
      .select({ version: standardItemVersions.version })
      .from(standardItemVersions)
      .where(and(eq(standardItemVersions.itemCode, content.code), eq(standardItemVersions.status, 'draft')));
    let version: number;
    if (draft) {
      version = draft.version;
      await tx.update(standardItemVersions).set({ content }).where(and(eq(standardItemVersions.itemCode, content.code), eq(standardItemVersions.version, version)));
    } else {
      const [last] = await tx.select({ v: max(standardItemVersions.version) }).from(standardItemVersions).where(eq(standardItemVersions.itemCode, content.code));
      version = (last?.v ?? 0) + 1;
      await tx.insert(standardItemVersions).values({ itemCode: content.code, version, status: 'draft', content });
    }
    await appendAudit(tx, ctx, { action: 'catalog.item_draft_saved', objectType: 'standard_item', objectId: content.code, details: { version } });
    return { code: content.code, version };
  });
}
