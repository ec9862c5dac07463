// Catalogue search with 3,000 published items (the size of Shanghai's catalogue): p50/p95 of the search use case
// and of GET /api/v1/catalog/items, against the raw limit of the same machine — a direct SELECT on catalog_search
// by primary key. Run by `npm run bench`; PGlite by default, PostgreSQL with DATABASE_URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../server/config';
import { startRuntime } from '../server/runtime';
import { indexItem } from '../server/modules/catalog/index-item';
import { catalogSearch, standardItems, standardItemVersions } from '../server/modules/catalog/tables';
import { exportCatalogue } from '../server/modules/catalog/import-catalogue';
import { searchItems } from '../server/modules/catalog/search-items';

const TARGET = 3000;
const QUERIES = ['我要开饭店', '营业执照', '结婚登记', '社保卡', '新生儿', '退休', 'business licence', 'marriage', 'pension', '公积金提取', '户外广告', '养犬'];

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function time(runs: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

export async function benchCatalogueSearch(): Promise<{ rows: { scenario: string; p50: number; p95: number }[]; items: number; database: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yiwang-bench-catalogue-'));
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'true' });
  const runtime = await startRuntime(config);
  const { db } = runtime.services;
  // A rerun on the same PostgreSQL database finds the generated items already there and reuses them.
  const demo = (await exportCatalogue(db)).items.filter((i) => !i.code.startsWith('BENCH-'));
  // Variations of the demo items up to 3,000: same texts, new codes, so search does real work on realistic words.
  for (let n = demo.length; n < TARGET; n += 100) {
    await db.transaction(async (tx) => {
      for (let i = n; i < Math.min(TARGET, n + 100); i++) {
        const base = demo[i % demo.length]!;
        const item = { ...base, code: `BENCH-${String(i).padStart(5, '0')}`, name: { zh: `${base.name.zh}（${i}）`, en: `${base.name.en} ${i}` } };
        await tx.insert(standardItems).values({ code: item.code, currentVersion: 1 }).onConflictDoNothing();
        await tx.insert(standardItemVersions).values({ itemCode: item.code, version: 1, status: 'published', content: item, publishedAt: new Date() }).onConflictDoNothing();
        await indexItem(tx, 1, item);
      }
    });
  }
  const count = (await db.select({ code: catalogSearch.itemCode }).from(catalogSearch)).length;
  await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  const address = runtime.app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const runs = 300;
  await time(30, (i) => searchItems(db, { q: QUERIES[i % QUERIES.length], limit: 20 })); // warm-up
  const raw = await time(runs, (i) => db.select().from(catalogSearch).where(eq(catalogSearch.itemCode, `BENCH-${String(i * 7).padStart(5, '0')}`)));
  const useCase = await time(runs, (i) => searchItems(db, { q: QUERIES[i % QUERIES.length], limit: 20, region: '339902001001' }));
  const http = await time(runs, async (i) => (await fetch(`${base}/api/v1/catalog/items?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}&region=339902001001`)).json());
  await runtime.stop();
  rmSync(dataDir, { recursive: true, force: true });
  const row = (scenario: string, s: number[]) => ({ scenario, p50: Number(percentile(s, 50).toFixed(2)), p95: Number(percentile(s, 95).toFixed(2)) });
  return {
    items: count,
    database: runtime.database.kind,
    rows: [row('direct SELECT by key (raw limit)', raw), row('searchItems use case (jieba + tsquery + region)', useCase), row('GET /api/v1/catalog/items?q=…&region=…', http)],
  };
}
