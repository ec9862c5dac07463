import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../testing/test-app';
import { dataImports, dataResources } from '../tables';
import { publish, residentId, resourceBody } from './catalogue-fixtures';
import { resumeStalledImports, STALLED_AFTER_MS } from './resume-imports';
import { IMPORT_FILE_AAD, importFileKey } from './start-import';

let t: TestApp;

const recordCount = async (code: string) => Number((await t.database.executeSql('SELECT count(*) AS n FROM data_records r JOIN data_resources d ON d.id = r.resource_id WHERE d.code = $1', [code])).rows[0]?.n);

beforeAll(async () => {
  t = await createTestApp();
  const city = await signIn(t.app, 'steward.city');
  await publish(city, resourceBody('T-RESUME-A'));
  await publish(city, resourceBody('T-RESUME-B'));
});
afterAll(async () => t.close());

/** What a process cut off right after answering 202 leaves behind: the row (running) and the encrypted file. */
async function leftBehind(code: string, rows: number, processedRows = 0) {
  const lines = ['subject,name'];
  for (let i = 0; i < rows; i++) lines.push(`${residentId(i)},人员${i}`);
  const [resource] = await t.services.db.select().from(dataResources).where(eq(dataResources.code, code));
  const id = randomUUID();
  await t.services.storage.put(importFileKey(id), Buffer.from(t.services.cipher.encrypt(Buffer.from(lines.join('\n')).toString('base64'), IMPORT_FILE_AAD)));
  await t.services.db.insert(dataImports).values({ id, resourceId: resource!.id, fileName: 'cut-off.csv', totalRows: rows, processedRows, acceptedRows: processedRows, storageKey: importFileKey(id), heartbeatAt: new Date() });
  return id;
}

describe('resuming imports cut off by a restart', () => {
  it('leaves a live import alone, then finishes a stalled one from its kept file and removes the file', async () => {
    const id = await leftBehind('T-RESUME-A', 250);
    expect(await resumeStalledImports(t.services)).toBe(0);
    expect(await resumeStalledImports(t.services, undefined, new Date(Date.now() + STALLED_AFTER_MS + 1000))).toBe(1);
    const [row] = await t.services.db.select().from(dataImports).where(eq(dataImports.id, id));
    expect(row).toMatchObject({ status: 'done', processedRows: 250, acceptedRows: 250, storageKey: null });
    expect(await recordCount('T-RESUME-A')).toBe(250);
    await expect(t.services.storage.get(importFileKey(id))).rejects.toThrow();
    // Done imports are never taken again.
    expect(await resumeStalledImports(t.services, undefined, new Date(Date.now() + 10 * STALLED_AFTER_MS))).toBe(0);
  });

  it('continues after the rows already committed instead of loading them twice', async () => {
    const id = await leftBehind('T-RESUME-B', 250, 200);
    expect(await resumeStalledImports(t.services, undefined, new Date(Date.now() + STALLED_AFTER_MS + 1000))).toBe(1);
    const [row] = await t.services.db.select().from(dataImports).where(eq(dataImports.id, id));
    expect(row).toMatchObject({ status: 'done', processedRows: 250, acceptedRows: 250 });
    // Only rows 201–250 were loaded by the resumed run (the first 200 were "committed" before the cut).
    expect(await recordCount('T-RESUME-B')).toBe(50);
  });
});
