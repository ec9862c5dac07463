import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { dataImports } from '../tables';
import { mapRows, readGrid, type ImportRow } from './parse-import-file';
import { managedResource, type ResourceRow } from './resource-access';

export interface StartedImport {
  id: string;
  resource: ResourceRow;
  rows: ImportRow[];
}

/**
 * A steward of the provider uploads a CSV or XLSX file: it is read and its header checked now (an unreadable file
 * is refused with 422 before anything is stored); the rows are then loaded in the background by runImport.
 */
export async function startImport(ctx: UseCaseContext, code: string, file: { fileName: string; bytes: Buffer }): Promise<StartedImport> {
  const resource = await managedResource(ctx.db, ctx.actor, code);
  const rows = mapRows(await readGrid(file.bytes), resource.fields);
  const fileName = [...file.fileName].map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c)).join('').slice(0, 120) || 'import';
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(dataImports).values({ resourceId: resource.id, fileName, totalRows: rows.length, createdBy: ctx.actor?.userId ?? null }).returning({ id: dataImports.id });
    await appendAudit(tx, ctx, { action: 'exchange.import_started', objectType: 'data_import', objectId: created!.id, details: { resource: code, fileName, rows: rows.length } });
    return { id: created!.id, resource, rows };
  });
}
