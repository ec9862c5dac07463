import { randomUUID } from 'node:crypto';
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
 * The file is kept, encrypted, until the import ends, so an import cut off by a restart is resumed from it
 * (resume-imports.ts): a 202 is never lost.
 */
export async function startImport(ctx: UseCaseContext, code: string, file: { fileName: string; bytes: Buffer }): Promise<StartedImport> {
  const resource = await managedResource(ctx.db, ctx.actor, code);
  const rows = mapRows(await readGrid(file.bytes), resource.fields);
  const fileName = [...file.fileName].map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c)).join('').slice(0, 120) || 'import';
  const id = randomUUID();
  const storageKey = importFileKey(id);
  await ctx.storage.put(storageKey, Buffer.from(ctx.cipher.encrypt(file.bytes.toString('base64'), IMPORT_FILE_AAD)));
  try {
    return await ctx.db.transaction(async (tx) => {
      await tx.insert(dataImports).values({ id, resourceId: resource.id, fileName, totalRows: rows.length, storageKey, heartbeatAt: new Date(), createdBy: ctx.actor?.userId ?? null });
      await appendAudit(tx, ctx, { action: 'exchange.import_started', objectType: 'data_import', objectId: id, details: { resource: code, fileName, rows: rows.length } });
      return { id, resource, rows };
    });
  } catch (error) {
    await ctx.storage.delete(storageKey);
    throw error;
  }
}

export const IMPORT_FILE_AAD = 'data_imports.file';

export function importFileKey(importId: string): string {
  return `imports/${importId}`;
}

/** The bytes of an import's file (decrypted), for a resumed import. */
export async function readImportFile(ctx: Pick<UseCaseContext, 'storage' | 'cipher'>, storageKey: string): Promise<Buffer> {
  const stored = await ctx.storage.get(storageKey);
  return Buffer.from(ctx.cipher.decrypt(stored.toString(), IMPORT_FILE_AAD), 'base64');
}
