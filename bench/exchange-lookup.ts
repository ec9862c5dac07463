// Gateway lookups under load: POST /api/v1/exchange/lookup with an API key (authorise, mask, log an exchange
// record, seal in the background) versus a bare route registered here on the same server that performs only
// the same indexed SELECT on data_records by (resource_id, subject_blind_index) — same process, same database,
// same concurrency, same run. The target is a ratio ≥ 0.5 (X-Road users measured 0.11 through a
// security server). Run by `npm run bench`, or alone: `DATABASE_URL=… npx tsx bench/exchange-lookup.ts`.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import autocannon from 'autocannon';
import { loadConfig } from '../server/config';
import { startRuntime } from '../server/runtime';
import { residentIdCheckChar } from '../server/platform/ids/resident-id';
import { todayInChina } from '../server/platform/calendar/working-calendar';
import { generateApiKey } from '../server/modules/exchange/api-key-format';
import { dataRecords, dataResources, exchangeApiKeys, exchangeRecords, sharingRequests } from '../server/modules/exchange/tables';
import { gatewayState } from '../server/modules/exchange/gateway/gateway-cache';
import { exchangeLog } from '../server/modules/exchange/gateway/exchange-log';
import { withScratchDatabase } from './applications-submit';

export const LOOKUP_CLIENTS = 32;
export const LOOKUP_TARGET_RATIO = 0.5;
const LOOKUP_ROUNDS = 4;
const SUBJECTS = 2000;
const RESOURCE = 'BENCH-POPULATION';

export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non200: number;
  /** CPU time of the bench process (server and load generator) per request, in microseconds. */
  cpuMicrosPerRequest: number;
}

export interface LookupBenchResult {
  database: string;
  clients: number;
  durationSeconds: number;
  subjects: number;
  bare: LoadFigures;
  gateway: LoadFigures;
  /** Exchange records committed during the gateway run (one per answered lookup). */
  exchangeRecords: number;
  /** Exchange records per INSERT of the group-commit writer during the gateway run. */
  rowsPerInsert: number;
  /** Slices per scenario, bare and gateway alternating. */
  rounds: number;
  machine: { cpus: number; loadAverage: number; loadAverageAtEnd: number };
  ratio: number;
  meetsTarget: boolean;
}

function residentId(serial: number): string {
  const first17 = `339900198001${String(1 + (serial % 28)).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

// autocannon merges the latency histograms of several runs; its type definitions do not declare it.
const { aggregateResult } = autocannon as unknown as { aggregateResult: (this: void, results: unknown[], opts: { url: string; connections: number }) => autocannon.Result };

interface Scenario {
  path: string;
  headers: Record<string, string>;
  bodies: string[];
}

interface Slice {
  raw: autocannon.Result;
  cpuMicros: number;
}

async function slice(base: string, scenario: Scenario, clients: number, seconds: number): Promise<Slice> {
  let i = 0;
  const cpu = process.cpuUsage();
  const raw = await autocannon({
    url: base,
    connections: clients,
    duration: seconds,
    timeout: 30,
    skipAggregateResult: true,
    requests: [{ method: 'POST', path: scenario.path, headers: { 'content-type': 'application/json', ...scenario.headers }, setupRequest: (req) => ({ ...req, body: scenario.bodies[i++ % scenario.bodies.length] }) }],
  });
  const used = process.cpuUsage(cpu);
  return { raw, cpuMicros: used.user + used.system };
}

function figures(base: string, clients: number, slices: Slice[]): LoadFigures {
  const duration = slices.reduce((sum, s) => sum + s.raw.duration, 0);
  const requests = slices.reduce((sum, s) => sum + Object.values(s.raw.statusCodeStats ?? {}).reduce((a, c) => a + (c.count ?? 0), 0), 0);
  const ok = slices.reduce((sum, s) => sum + (s.raw.statusCodeStats?.['200']?.count ?? 0), 0);
  const cpuMicros = slices.reduce((sum, s) => sum + s.cpuMicros, 0);
  const { latency } = aggregateResult(
    slices.map((s) => s.raw),
    { url: base, connections: clients },
  );
  return { rps: Math.round(ok / duration), p50: latency.p50, p99: latency.p99, requests, non200: requests - ok, cpuMicrosPerRequest: requests > 0 ? Math.round(cpuMicros / requests) : 0 };
}

async function measure(seconds: number, databaseUrl: string | null): Promise<LookupBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yiwang-bench-exchange-'));
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl ?? '', NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'false' });
  const runtime = await startRuntime(config);
  try {
    const { db } = runtime.database;
    const { cipher } = runtime.services;
    // Department ids are plain uuids here (no foreign keys): no demo region is needed for the gateway.
    const provider = randomUUID();
    const consumer = randomUUID();
    const [resource] = await db
      .insert(dataResources)
      .values({
        code: RESOURCE,
        name: { zh: '人口基本信息', en: 'Population' },
        description: { zh: '压测', en: 'Bench' },
        classification: { class: '基础', item: '人口', category: '户籍' },
        providerDepartmentId: provider,
        subjectKind: 'person',
        fields: [
          { key: 'name', name: { zh: '姓名', en: 'Name' }, type: 'string', personal: true, sensitive: false },
          { key: 'address', name: { zh: '住址', en: 'Address' }, type: 'string', personal: true, sensitive: true },
          { key: 'household_size', name: { zh: '户内人数', en: 'Household size' }, type: 'number', personal: false, sensitive: false },
        ],
        grade: 'general',
        sharingType: 'conditional',
        method: 'lookup',
        updateCycle: 'daily',
      })
      .returning({ id: dataResources.id });
    const ids = Array.from({ length: SUBJECTS }, (_, i) => residentId(i));
    const bidx = ids.map((id) => cipher.blindIndex('id_number', id));
    for (let i = 0; i < SUBJECTS; i += 500) {
      await db.insert(dataRecords).values(
        ids.slice(i, i + 500).map((_, j) => ({
          resourceId: resource!.id,
          subjectBidx: bidx[i + j]!,
          dataEnc: cipher.encrypt(JSON.stringify({ name: `居民${i + j}`, address: `明湖市东湖区湖滨路${i + j}号`, household_size: 3 }), 'data_records.data'),
        })),
      );
    }
    const today = todayInChina();
    const [grant] = await db
      .insert(sharingRequests)
      .values({ number: 'BENCH-1', consumerDepartmentId: consumer, resourceId: resource!.id, purpose: 'bench', legalBasis: 'bench', requestedFields: ['name', 'address'], periodFrom: today, periodUntil: '2099-12-31', status: 'approved', grantedFields: ['name', 'address'], plainFields: [], expiresOn: '2099-12-31' })
      .returning({ id: sharingRequests.id });
    const key = generateApiKey();
    await db.insert(exchangeApiKeys).values({ consumerDepartmentId: consumer, name: 'bench', prefix: key.prefix, secretHash: key.hash, grantIds: [grant!.id] });

    // The bare route: the same indexed SELECT (the gateway's own prepared statement), nothing else (no
    // authorisation, decryption, masking or logging).
    const { recordQuery } = gatewayState(db);
    runtime.app.post<{ Body: { subjectBidx: string } }>('/bench/raw-lookup', { config: { policy: { public: true, describe: 'bench only' } } }, async (request) => {
      const [row] = await recordQuery.execute({ resourceId: resource!.id, subjectBidx: request.body.subjectBidx });
      return { found: Boolean(row), dataEnc: row?.dataEnc ?? null };
    });
    await runtime.app.listen({ port: 0, host: '127.0.0.1' });
    const address = runtime.app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const gatewayBodies = ids.map((subject) => JSON.stringify({ resource: RESOURCE, subject, fields: ['name', 'address'], purpose: '压测：低保资格审核', caseRef: 'BENCH' }));
    const bare: Scenario = { path: '/bench/raw-lookup', headers: {}, bodies: bidx.map((subjectBidx) => JSON.stringify({ subjectBidx })) };
    const gateway: Scenario = { path: '/api/v1/exchange/lookup', headers: { authorization: `Bearer ${key.key}` }, bodies: gatewayBodies };
    const check = await fetch(`${base}${gateway.path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...gateway.headers }, body: gatewayBodies[0] });
    if (check.status !== 200) throw new Error(`check lookup: ${check.status} ${await check.text()}`);

    // Warm both paths (JIT, pool, caches). Then the two scenarios alternate in short slices, so a change in the
    // machine's load (other processes on a shared VM) weighs on both alike instead of on whichever ran second.
    await slice(base, bare, LOOKUP_CLIENTS, 2);
    await slice(base, gateway, LOOKUP_CLIENTS, 2);
    const loadAverage = Number(loadavg()[0]!.toFixed(1));
    const [before] = await db.select({ n: count() }).from(exchangeRecords);
    const writer = exchangeLog(db);
    const startStats = { ...writer.stats };
    const bareSlices: Slice[] = [];
    const gatewaySlices: Slice[] = [];
    for (let round = 0; round < LOOKUP_ROUNDS; round++) {
      bareSlices.push(await slice(base, bare, LOOKUP_CLIENTS, seconds / LOOKUP_ROUNDS));
      gatewaySlices.push(await slice(base, gateway, LOOKUP_CLIENTS, seconds / LOOKUP_ROUNDS));
    }
    const machine = { cpus: cpus().length, loadAverage, loadAverageAtEnd: Number(loadavg()[0]!.toFixed(1)) };
    const [after] = await db.select({ n: count() }).from(exchangeRecords);
    const bareFigures = figures(base, LOOKUP_CLIENTS, bareSlices);
    const gatewayFigures = figures(base, LOOKUP_CLIENTS, gatewaySlices);
    const batches = writer.stats.batches - startStats.batches;
    const rowsPerInsert = batches > 0 ? (writer.stats.rows - startStats.rows) / batches : 0;
    const ratio = bareFigures.rps > 0 ? gatewayFigures.rps / bareFigures.rps : 0;
    return {
      database: runtime.database.kind,
      clients: LOOKUP_CLIENTS,
      durationSeconds: seconds,
      subjects: SUBJECTS,
      bare: bareFigures,
      gateway: gatewayFigures,
      exchangeRecords: Number(after!.n) - Number(before!.n),
      rowsPerInsert: Number(rowsPerInsert.toFixed(1)),
      rounds: LOOKUP_ROUNDS,
      machine,
      ratio,
      meetsTarget: ratio >= LOOKUP_TARGET_RATIO,
    };
  } finally {
    await runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** On PostgreSQL a scratch database of the same server (created and dropped); otherwise a temporary PGlite. */
export async function benchExchangeLookup(opts: { seconds: number; databaseUrl: string | null }): Promise<LookupBenchResult> {
  return opts.databaseUrl ? withScratchDatabase(opts.databaseUrl, 'yiwang_bench_exchange', (url) => measure(opts.seconds, url)) : measure(opts.seconds, null);
}

export function lookupTable(r: LookupBenchResult): string {
  const clean = r.bare.non200 === 0 && r.gateway.non200 === 0;
  return [
    `Gateway lookups (${r.database}), ${r.clients} concurrent clients, ${r.durationSeconds} s each in ${r.rounds} alternating slices, ${r.subjects} subjects round-robin; machine: ${r.machine.cpus} CPUs, load average ${r.machine.loadAverage} at the start, ${r.machine.loadAverageAtEnd} at the end:`,
    '',
    '| scenario | req/s | p50 ms | p99 ms | bench process CPU µs per request | ratio to bare SELECT route |',
    '|---|---|---|---|---|---|',
    `| bare route: the indexed SELECT only (same server) | ${r.bare.rps} | ${r.bare.p50} | ${r.bare.p99} | ${r.bare.cpuMicrosPerRequest} | 1 |`,
    `| POST /api/v1/exchange/lookup, API key (authorise, decrypt, mask, exchange record) | ${r.gateway.rps} | ${r.gateway.p50} | ${r.gateway.p99} | ${r.gateway.cpuMicrosPerRequest} | ${r.ratio.toFixed(3)} (${r.meetsTarget ? 'meets' : 'below'} the ${LOOKUP_TARGET_RATIO} target) |`,
    '',
    clean
      ? `All requests answered 200; ${r.exchangeRecords} exchange records committed during the gateway slices (${r.gateway.requests} lookups answered), ${r.rowsPerInsert} per INSERT (group commit).`
      : `**Errors:** bare ${r.bare.non200} and gateway ${r.gateway.non200} answers were not 200.`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchExchangeLookup({ seconds: Number(process.env.BENCH_SECONDS ?? 8), databaseUrl: process.env.DATABASE_URL || null });
  console.log(lookupTable(result));
  process.exit(0);
}
