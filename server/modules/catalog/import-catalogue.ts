import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { appendAudit } from '../../platform/audit/append-audit';
import { canonicalJson } from '../../platform/audit/canonical';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { inFieldOrder, type CatalogueDocument, type ImplementationContent } from './catalogue-format';
import { listDataElements } from './data-elements';
import { listLifeEvents, saveLifeEvent } from './life-events';
import { publishItem } from './publish-item';
import { saveImplementation } from './save-implementation';
import { saveItemDraft } from './save-item-draft';
import { dataElements, standardItems, standardItemVersions } from './tables';

const currentVersionJoin = and(eq(standardItemVersions.itemCode, standardItems.code), eq(standardItemVersions.version, standardItems.currentVersion));

export interface ImportReport {
  dataElements: number;
  published: string[];
  unchanged: string[];
  failed: { code: string; error: string; details?: unknown }[];
  lifeEvents: number;
}

/** The canonical JSON of the version offered now, to skip re-publishing an identical item. */
async function currentContent(exec: Executor, code: string): Promise<string | null> {
  const [row] = await exec
    .select({ content: standardItemVersions.content })
    .from(standardItems)
    .innerJoin(standardItemVersions, currentVersionJoin)
    .where(eq(standardItems.code, code));
  return row ? canonicalJson(row.content) : null;
}

/**
 * Loads a catalogue document: data elements, then each item as a new version (published unless identical to
 * the current one), then life events. An item that fails its checks is reported and the others still load.
 */
export async function importCatalogue(ctx: UseCaseContext, doc: CatalogueDocument): Promise<ImportReport> {
  const report: ImportReport = { dataElements: doc.dataElements.length, published: [], unchanged: [], failed: [], lifeEvents: 0 };
  await ctx.db.transaction(async (tx) => {
    for (const e of doc.dataElements) {
      const values = { nameZh: e.name.zh, nameEn: e.name.en, subject: e.subject, type: e.type, isPersonalInformation: e.isPersonalInformation, isSensitive: e.isSensitive };
      await tx.insert(dataElements).values({ code: e.code, ...values }).onConflictDoUpdate({ target: dataElements.code, set: values });
    }
    await appendAudit(tx, ctx, { action: 'catalog.data_elements_imported', objectType: 'data_element', details: { count: doc.dataElements.length } });
  });
  for (const item of doc.items) {
    if ((await currentContent(ctx.db, item.code)) === canonicalJson(item)) {
      report.unchanged.push(item.code);
      continue;
    }
    try {
      await saveItemDraft(ctx, item);
      await publishItem(ctx, item.code);
      report.published.push(item.code);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      report.failed.push({ code: item.code, error: error.code, details: error.details });
    }
  }
  for (const event of doc.lifeEvents) {
    await saveLifeEvent(ctx, event);
    report.lifeEvents += 1;
  }
  return report;
}

/** Loads a region's implementation list; each entry is checked like an edit, failures reported per entry. */
export async function importImplementations(ctx: UseCaseContext, list: ImplementationContent[], opts: { skipAccessCheck?: boolean } = {}) {
  const failed: { itemCode: string; regionCode: string; error: string; details?: unknown }[] = [];
  let saved = 0;
  for (const impl of list) {
    try {
      await saveImplementation(ctx, impl, opts);
      saved += 1;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failed.push({ itemCode: impl.itemCode, regionCode: impl.regionCode, error: error.code, details: error.details });
    }
  }
  return { saved, failed };
}

/** The whole published catalogue in the import format. */
export async function exportCatalogue(exec: Executor): Promise<CatalogueDocument> {
  const items = await exec
    .select({ content: standardItemVersions.content })
    .from(standardItems)
    .innerJoin(standardItemVersions, currentVersionJoin)
    .orderBy(asc(standardItems.code));
  return {
    format: 'yiwang-catalogue/1',
    dataElements: await listDataElements(exec),
    items: items.map((i) => inFieldOrder(i.content)),
    lifeEvents: await listLifeEvents(exec),
  };
}
