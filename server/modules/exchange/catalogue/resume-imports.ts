import { and, eq, isNotNull, lt, or, isNull, sql } from 'drizzle-orm';
import { systemContext, type Services } from '../../../platform/context';
import { dataImports, dataResources } from '../tables';
import { mapRows, readGrid } from './parse-import-file';
import { runImport } from './run-import';
import { readImportFile } from './start-import';

/** A running import that has not finished a chunk for this long was cut off (a chunk takes well under a second). */
export const STALLED_AFTER_MS = 2 * 60_000;

/**
 * Resumes imports cut off by a restart: each is claimed by moving its heartbeat (compare-and-set, so one process
 * takes it), its kept file is read again and the rows after those already committed are loaded. Runs as a loop in
 * every process (catalogue runtime). Returns how many imports it resumed.
 */
export async function resumeStalledImports(services: Services, onError: (error: unknown) => void = () => {}, now = new Date()): Promise<number> {
  const stalledBefore = new Date(now.getTime() - STALLED_AFTER_MS);
  const stalled = or(isNull(dataImports.heartbeatAt), lt(dataImports.heartbeatAt, stalledBefore));
  const candidates = await services.db
    .select({ id: dataImports.id })
    .from(dataImports)
    .where(and(eq(dataImports.status, 'running'), isNotNull(dataImports.storageKey), stalled))
    .limit(10);
  let resumed = 0;
  for (const { id } of candidates) {
    const [claimed] = await services.db
      .update(dataImports)
      .set({ heartbeatAt: now })
      .where(and(eq(dataImports.id, id), eq(dataImports.status, 'running'), stalled))
      .returning();
    if (!claimed?.storageKey) continue;
    const ctx = systemContext(services, 'import-resume');
    try {
      const [resource] = await services.db.select().from(dataResources).where(eq(dataResources.id, claimed.resourceId));
      if (!resource) throw new Error(`import ${id}: resource ${claimed.resourceId} is gone`);
      const rows = mapRows(await readGrid(await readImportFile(ctx, claimed.storageKey)), resource.fields);
      await runImport(ctx, { id, resource, rows }, onError, { processedRows: claimed.processedRows, acceptedRows: claimed.acceptedRows, reportedErrors: claimed.errors.length });
      resumed += 1;
    } catch (error) {
      onError(error);
      await services.db.update(dataImports).set({ status: 'failed', finishedAt: sql`now()`, storageKey: null }).where(eq(dataImports.id, id));
      await services.storage.delete(claimed.storageKey).catch(onError);
    }
  }
  return resumed;
}
