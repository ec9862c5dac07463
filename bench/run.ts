// `npm run bench`: load figures for the platform's hot paths, each reported as a ratio to a raw limit measured in
// the same run on the same machine — a bare Fastify route for HTTP, and (on PostgreSQL) pgbench's select-only
// rate for the database. Absolute numbers vary by machine; ratios tell whether the platform adds overhead.
// On PostgreSQL every scenario runs on scratch databases of the same server (created and dropped here): the
// database DATABASE_URL names — e.g. the `test` database the tests start from — is never written.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { loadConfig } from '../server/config';
import { startRuntime } from '../server/runtime';
import { DEMO_PASSWORD, demoCitizens } from '../server/seed/demo-accounts';
import { benchApplicationsSubmit, createScratchDatabase, dropScratchDatabase, runPgbench, submitTable } from './applications-submit';
import { benchCatalogueSearch } from './catalogue-search';
import { benchExchangeLookup, lookupTable } from './exchange-lookup';
import { benchIncidentIntake, intakeTable } from './incident-intake';

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;

async function load(url: string, headers: Record<string, string> = {}): Promise<{ rps: number; p99: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return { rps: Math.round(result.requests.average), p99: result.latency.p99 };
}

async function bareRoute(): Promise<{ rps: number; p99: number }> {
  const bare = Fastify();
  bare.get('/', async () => ({ status: 'ok' }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const address = bare.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    return await load(`http://127.0.0.1:${port}/`);
  } finally {
    await bare.close();
  }
}

const serverUrl = process.env.DATABASE_URL || null;
const BENCH_DB = 'yiwang_bench';
if (serverUrl) process.env.DATABASE_URL = await createScratchDatabase(serverUrl, BENCH_DB);

const dataDir = mkdtempSync(join(tmpdir(), 'yiwang-bench-'));
const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'true' });
const runtime = await startRuntime(config);
await runtime.app.listen({ port: 0, host: '127.0.0.1' });
const address = runtime.app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const login = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ identifier: demoCitizens[0]!.mobile, password: DEMO_PASSWORD }),
});
const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

console.log(`Database: ${runtime.database.kind}; ${CONNECTIONS} connections, ${DURATION} s per scenario`);
const raw = await bareRoute();
const health = await load(`${base}/healthz`);
const regions = await load(`${base}/api/v1/regions`);
const me = await load(`${base}/api/v1/me`, { cookie });
await runtime.stop();
rmSync(dataDir, { recursive: true, force: true });
// pgbench's select-only rate on a scratch database of the same server.
const pgbench = serverUrl ? (runPgbench(serverUrl, { script: 'select-only', clients: 8, threads: 2, seconds: DURATION, scale: 1 })?.tps ?? null) : null;

const rows = [
  { scenario: 'bare Fastify route (raw HTTP limit)', ...raw, ratio: 1 },
  { scenario: 'GET /healthz (platform hooks, no database)', ...health, ratio: health.rps / raw.rps },
  { scenario: 'GET /api/v1/regions (public read, 22 rows)', ...regions, ratio: regions.rps / raw.rps },
  { scenario: 'GET /api/v1/me (session + scope + decrypt)', ...me, ratio: me.rps / raw.rps },
];
const table = [
  '| scenario | req/s | p99 ms | ratio to bare route |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.scenario} | ${r.rps} | ${r.p99} | ${r.ratio.toFixed(3)} |`),
  ...(pgbench ? [`| pgbench -S (raw database limit, tps) | ${pgbench} | — | /me ÷ pgbench = ${(me.rps / pgbench).toFixed(3)} |`] : []),
].join('\n');
const catalogue = await benchCatalogueSearch();
const catalogueTable = [
  `Catalogue search, ${catalogue.items} published items (${catalogue.database}), sequential requests:`,
  '',
  '| scenario | p50 ms | p95 ms | p95 ÷ raw p95 |',
  '|---|---|---|---|',
  ...catalogue.rows.map((r) => `| ${r.scenario} | ${r.p50} | ${r.p95} | ${(r.p95 / (catalogue.rows[0]?.p95 || 1)).toFixed(1)} |`),
].join('\n');
const submit = await benchApplicationsSubmit({ seconds: DURATION, databaseUrl: serverUrl });
const lookups = await benchExchangeLookup({ seconds: DURATION, databaseUrl: serverUrl });
const intake = await benchIncidentIntake({ seconds: DURATION, databaseUrl: serverUrl });
if (serverUrl) await dropScratchDatabase(serverUrl, BENCH_DB);
const submitMd = submitTable(submit);
const lookupMd = lookupTable(lookups);
const intakeMd = intakeTable(intake);
console.log(table);
console.log(`\n${catalogueTable}`);
console.log(`\n${submitMd}`);
console.log(`\n${lookupMd}`);
console.log(`\n${intakeMd}`);
mkdirSync('bench/results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(`bench/results/${stamp}-${runtime.database.kind}.json`, JSON.stringify({ database: runtime.database.kind, durationSeconds: DURATION, connections: CONNECTIONS, rows, pgbench, catalogue, applicationsSubmit: submit, exchangeLookup: lookups, incidentIntake: intake }, null, 2));
writeFileSync(`bench/results/${stamp}-${runtime.database.kind}.md`, `${table}\n\n${catalogueTable}\n\n${submitMd}\n\n${lookupMd}\n\n${intakeMd}\n`);
process.exit(0);
