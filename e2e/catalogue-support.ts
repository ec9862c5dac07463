// The demo catalogue for the browser tests, and the system admin's session saved once per run (catalogue.setup.ts).
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csrfHeader } from './support';

/** Storage state (session cookies) of the system admin, written by catalogue.setup.ts for the catalogue specs. */
export const SYSADMIN_STATE = fileURLToPath(new URL('../test-results/.auth/sysadmin.json', import.meta.url));

/** The food business licence (食品经营许可) of the demo catalogue: the item the guide and editor tests use. */
export const FOOD_LICENCE_QUERY = '食品经营许可';

function readDemo(file: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../server/seed/catalogue/${file}`, import.meta.url)), 'utf8')) as unknown;
}

interface ItemSummary {
  code: string;
  name: { zh: string; en: string };
}

/** The code of the first published item a search finds (the public search, as a visitor would). */
export async function findItemCode(request: APIRequestContext, query: string): Promise<string> {
  const answer = await request.get(`/api/v1/catalog/items?q=${encodeURIComponent(query)}`);
  expect(answer.status(), await answer.text()).toBe(200);
  const { items } = (await answer.json()) as { items: ItemSummary[] };
  const item = items[0];
  if (item === undefined) throw new Error(`No published item found for "${query}"`);
  return item.code;
}

/**
 * Makes sure the demo catalogue is published: the server loads it at first start; until it does (while the demo
 * files are being written), the signed-in system admin imports the same files through the API.
 */
export async function ensureDemoCatalogue(page: Page): Promise<void> {
  const existing = await page.request.get(`/api/v1/catalog/items?q=${encodeURIComponent(FOOD_LICENCE_QUERY)}`);
  if (((await existing.json()) as { items: unknown[] }).items.length > 0) return;
  const headers = await csrfHeader(page);
  const imported = await page.request.post('/api/v1/catalog/import', { data: readDemo('demo-catalogue.json'), headers });
  expect(imported.status(), await imported.text()).toBe(200);
  expect(((await imported.json()) as { failed: unknown[] }).failed).toEqual([]);
  const { implementations } = readDemo('demo-implementations.json') as { implementations: { itemCode: string; regionCode: string }[] };
  for (const { itemCode, regionCode, ...local } of implementations) {
    const saved = await page.request.put(`/api/v1/catalog/implementations/${encodeURIComponent(itemCode)}/${regionCode}`, { data: local, headers });
    expect(saved.status(), await saved.text()).toBe(200);
  }
}
