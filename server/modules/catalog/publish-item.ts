import { and, eq, lt } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { emitEvent } from '../../platform/jobs/outbox';
import { indexItem } from './index-item';
import { dataElements, implementations, standardItems, standardItemVersions } from './tables';
import { standardItemProblems } from './validate-standard-item';

async function knownElements(tx: Tx): Promise<Set<string>> {
  return new Set((await tx.select({ code: dataElements.code }).from(dataElements)).map((e) => e.code));
}

/**
 * Publishes an item's draft after checking everything. The previous published version is withdrawn (cases made
 * under it keep pointing at it), and every local implementation confirmed against an older version is flagged
 * "needs review" until its region re-confirms it.
 */
export async function publishItem(ctx: UseCaseContext, code: string): Promise<{ code: string; version: number; flaggedImplementations: number }> {
  return ctx.db.transaction(async (tx) => {
    const [draft] = await tx.select().from(standardItemVersions).where(and(eq(standardItemVersions.itemCode, code), eq(standardItemVersions.status, 'draft')));
    if (!draft) throw new AppError('catalog.no_draft');
    const problems = standardItemProblems(draft.content, await knownElements(tx), ctx.lang);
    if (problems.length > 0) throw new AppError('catalog.item_invalid', { details: problems });
    const now = new Date();
    await tx
      .update(standardItemVersions)
      .set({ status: 'withdrawn', withdrawnAt: now })
      .where(and(eq(standardItemVersions.itemCode, code), eq(standardItemVersions.status, 'published')));
    await tx.update(standardItemVersions).set({ status: 'published', publishedAt: now }).where(and(eq(standardItemVersions.itemCode, code), eq(standardItemVersions.version, draft.version)));
    await tx.update(standardItems).set({ currentVersion: draft.version }).where(eq(standardItems.code, code));
    await indexItem(tx, draft.version, draft.content);
    const flagged = await tx
      .update(implementations)
      .set({ needsReview: true })
      .where(and(eq(implementations.itemCode, code), lt(implementations.standardVersion, draft.version)))
      .returning({ id: implementations.id });
    await appendAudit(tx, ctx, { action: 'catalog.item_published', objectType: 'standard_item', objectId: code, details: { version: draft.version, flaggedImplementations: flagged.length } });
    await emitEvent(tx, 'catalog.item_published', { itemCode: code, version: draft.version });
    return { code, version: draft.version, flaggedImplementations: flagged.length };
  });
}
