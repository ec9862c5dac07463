// Incident intake under load, on 1,000,000 existing incidents: POST /open311/v2/requests.json with the demo Open311
// key at 16 concurrent clients. Open311 is used (not the citizen route) because it is the same registerIncident
// intake — key check, classification, grid lookup, fusion check, write, automatic dispatch — without a session and
// CSRF token per client, and with no upload per request; it is what a partner system pushes at volume. Reported
// with p50/p99 (target p99 < 50 ms) and as a ratio to a bare route on the same server doing one indexed SELECT.
// Run alone: `DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/incident-intake.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../server/db/client';
import { loadConfig } from '../server/config';
import { startRuntime } from '../server/runtime';
import { DEMO_OPEN311_KEY } from '../server/seed/demo-governance';
import { demoGrids } from '../server/seed/demo-grids';
import { boundsOf } from '../server/modules/governance/places/grid-index';
import { incidents } from '../server/modules/governance/tables';
import { withScratchDatabase } from './applications-submit';
import { runLoad } from './load-generator';

export const INTAKE_CLIENTS = 16;
export const INTAKE_TARGET_P99_MS = 50;
const EXISTING = 1_000_000;

export interface IntakeFigures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non200: number;
  /** The 1-minute load average when the scenario started (the machine is shared: read figures next to it). */
  loadAverage: number;
  /** CPU time of the server process (HTTP, use case, jobs; not the load generator) per answered request, in µs. */
  cpuMicros: number;
}

/** What the measured intakes became: linked as duplicates, dispatched automatically, or left for the dispatcher. */
export interface IntakeOutcomes {
  duplicates: number;
  dispatched: number;
  registered: number;
}

export interface IntakeBenchResult {
  database: string;
  existing: number;
  clients: number;
  poolSize: number;
  durationSeconds: number;
  bare: IntakeFigures;
  intake: IntakeFigures;
  ratio: number;
  outcomes: IntakeOutcomes;
  /** Measured reports that repeated one sent earlier in the run (the list was used up and began again). */
  repeats: number;
  meetsTarget: boolean;
  machine: { cpus: number; loadAverage: number };
}

// 1,000,000 incidents in one statement: spread over every grid, leaf category, status and the last year; every
// 20th is open and from the last 72 hours, so the fusion check has open neighbours to weigh.
const FILL = sql`
  WITH gr AS (SELECT (row_number() OVER (ORDER BY code)) - 1 AS i, code, community_code, (min_lat + max_lat) / 2 AS lat, (min_lng + max_lng) / 2 AS lng FROM grids),
       ct AS (SELECT (row_number() OVER (ORDER BY code)) - 1 AS i, code FROM incident_categories WHERE department_kind IS NOT NULL),
       n AS (SELECT (SELECT count(*) FROM gr) AS grids, (SELECT count(*) FROM ct) AS cats)
  INSERT INTO incidents (number, channel, request_type, status, category_code, description, lat, lng, grid_code, community_code, street_code, district_code, created_at, updated_at)
  SELECT 'BENCH-' || g, 'citizen', 'report',
         CASE WHEN g % 20 = 0 THEN 'dispatched' ELSE (ARRAY['closed', 'verified', 'closed', 'handled', 'in_progress'])[1 + g % 5] END,
         ct.code, '压测事件 ' || g, gr.lat + ((g % 97) - 48) * 0.00003, gr.lng + ((g % 89) - 44) * 0.00003,
         gr.code, gr.community_code, substr(gr.community_code, 1, 9), substr(gr.community_code, 1, 6),
         CASE WHEN g % 20 = 0 THEN now() - (g % 4320) * interval '1 minute' ELSE now() - (g % 365) * interval '1 day' - (g % 1440) * interval '1 minute' END,
         now()
  FROM generate_series(1, ${EXISTING}) AS g CROSS JOIN n
  JOIN gr ON gr.i = g % n.grids
  JOIN ct ON ct.i = (g / 7) % n.cats`;

const TEXTS: [string, string, Record<string, string>?][] = [
  ['appearance.litter', '小区门口垃圾堆了好几天没人清运，味道很大'],
  ['roads.parking', '消防通道被私家车长期占用'],
  ['roads.streetlight', '路灯晚上不亮，走路很不安全'],
  ['appearance.illegal_ads', '电线杆和墙上贴满了小广告'],
  ['facilities.park', '公园里的健身器材坏了'],
  ['roads.manhole', '人行道上井盖缺失，很危险'],
  ['roads.pothole', '路面坑洼很多，电动车经过容易摔倒', { 'attribute[size]': 'medium' }],
  ['appearance.street_vending', '路口有流动摊贩占道经营，行人只能走机动车道'],
  ['market.food_safety', '这家小饭馆后厨卫生很差，看到有老鼠'],
  ['noise.commercial', '楼下商铺音响放得很响，晚上影响休息'],
  ['housing.elevator', '小区电梯经常停运，老人上下楼很困难'],
  ['facilities.bus_stop', '公交站台的雨棚坏了，下雨没地方躲'],
];

// Points of a lattice over every grid, further apart than the fusion distance (200 m), each sent once per category
// (12 categories: about 12,000 reports, more than a 10 s run at 16 clients sends; a run that uses them all up and
// starts again says how many of its reports repeated earlier ones, which the fusion check turns into duplicates):
// a report repeats an open one only when it falls near the open incidents the fill put around each grid's centre,
// so the measured intakes take the whole path (fusion check, write, dispatch) rather than mostly ending as
// duplicates of the warm-up's reports. The outcome mix is reported with the figures.
const LATTICE_LAT = 0.0019; // ≈ 211 m
const LATTICE_LNG = 0.0022; // ≈ 212 m at 30° N

function intakeBodies(): string[] {
  const cells: { lat: number; lng: number }[] = [];
  for (const grid of demoGrids()) {
    const box = boundsOf(grid.geometry);
    for (let lat = box.minLat + 0.0002; lat < box.maxLat; lat += LATTICE_LAT) {
      for (let lng = box.minLng + 0.0002; lng < box.maxLng; lng += LATTICE_LNG) cells.push({ lat, lng });
    }
  }
  // Every category at one point, then the next point: the mix of categories does not depend on how far a run gets.
  return cells.flatMap(({ lat, lng }) =>
    TEXTS.map(([code, text, attributes]) => new URLSearchParams({ api_key: DEMO_OPEN311_KEY, service_code: code, lat: lat.toFixed(6), long: lng.toFixed(6), description: text, ...attributes }).toString()),
  );
}

const currentLoad = () => Number(loadavg()[0]!.toFixed(1));

/** Where a scenario goes on in its list: the measured run does not resend the bodies its warm-up sent. */
interface Cursor {
  next: number;
}

async function load(base: string, method: 'GET' | 'POST', paths: string[], bodies: string[], seconds: number, cursor: Cursor = { next: 0 }): Promise<IntakeFigures> {
  const loadAverage = currentLoad();
  const cpu = process.cpuUsage();
  const result = await runLoad({ url: base, connections: INTAKE_CLIENTS, seconds, method, headers: { 'content-type': 'application/x-www-form-urlencoded' }, paths, bodies, start: cursor.next });
  cursor.next = result.next;
  const ok = result.statuses['200'] ?? 0;
  const requests = Object.values(result.statuses).reduce((a, n) => a + n, 0) + result.errors;
  const used = process.cpuUsage(cpu);
  return { rps: Math.round(ok / result.duration), p50: result.p50, p99: result.p99, requests, non200: requests - ok, loadAverage, cpuMicros: requests ? Math.round((used.user + used.system) / requests) : 0 };
}

async function measure(seconds: number, databaseUrl: string): Promise<IntakeBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yiwang-bench-intake-'));
  // One connection per client (DATABASE_POOL_SIZE, unless set): with fewer, requests queue for a connection.
  const poolSize = process.env.DATABASE_POOL_SIZE ?? String(INTAKE_CLIENTS);
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: poolSize, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'true' });
  const runtime = await startRuntime(config);
  try {
    const { db } = runtime.database;
    await db.execute(FILL);
    await db.execute(sql`ANALYZE incidents`);
    runtime.app.get<{ Params: { number: string } }>('/bench/raw-incident/:number', { config: { policy: { public: true, describe: 'bench only' } } }, async (request) => {
      const [row] = await db.select({ id: incidents.id, status: incidents.status }).from(incidents).where(eq(incidents.number, request.params.number)).limit(1);
      return { found: Boolean(row), status: row?.status ?? null };
    });
    await runtime.app.listen({ port: 0, host: '127.0.0.1' });
    const address = runtime.app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const bodies = intakeBodies();
    const check = await fetch(`${base}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: bodies[0] });
    if (check.status !== 200) throw new Error(`check intake: ${check.status} ${await check.text()}`);
    const rawPaths = Array.from({ length: 4000 }, (_, k) => `/bench/raw-incident/BENCH-${1 + ((k * 7919) % EXISTING)}`);
    const intakePaths = ['/open311/v2/requests.json'];

    // Warm both paths, then measure back to back.
    await load(base, 'GET', rawPaths, [], 2);
    const intakeCursor = { next: 1 };
    await load(base, 'POST', intakePaths, bodies, 2, intakeCursor);
    const machine = { cpus: cpus().length, loadAverage: currentLoad() };
    const bare = await load(base, 'GET', rawPaths, [], seconds);
    const measuredFrom = new Date();
    const intake = await load(base, 'POST', intakePaths, bodies, seconds, intakeCursor);
    const outcomes = await outcomesSince(db, measuredFrom);
    const repeats = Math.min(intake.requests, Math.max(0, intakeCursor.next - bodies.length));
    const ratio = bare.rps > 0 ? intake.rps / bare.rps : 0;
    return { database: runtime.database.kind, existing: EXISTING, clients: INTAKE_CLIENTS, poolSize: config.databasePoolSize, durationSeconds: seconds, bare, intake, ratio, outcomes, repeats, meetsTarget: intake.p99 < INTAKE_TARGET_P99_MS && repeats === 0, machine };
  } finally {
    await runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function outcomesSince(db: Db, from: Date): Promise<IntakeOutcomes> {
  const [row] = await db
    .select({
      duplicates: sql<number>`count(*) FILTER (WHERE ${incidents.duplicateOf} IS NOT NULL)`.mapWith(Number),
      dispatched: sql<number>`count(*) FILTER (WHERE ${incidents.duplicateOf} IS NULL AND ${incidents.status} = 'dispatched')`.mapWith(Number),
      registered: sql<number>`count(*) FILTER (WHERE ${incidents.duplicateOf} IS NULL AND ${incidents.status} = 'registered')`.mapWith(Number),
    })
    .from(incidents)
    .where(and(eq(incidents.channel, 'open311'), gte(incidents.createdAt, from)));
  return row ?? { duplicates: 0, dispatched: 0, registered: 0 };
}

/** PostgreSQL only (a million rows): a scratch database of the server of `databaseUrl`, created and dropped. */
export async function benchIncidentIntake(opts: { seconds: number; databaseUrl: string | null }): Promise<IntakeBenchResult | null> {
  if (!opts.databaseUrl) return null;
  return withScratchDatabase(opts.databaseUrl, 'yiwang_bench_intake', (url) => measure(opts.seconds, url));
}

const spread = (f: IntakeFigures) => (f.p50 > 0 ? (f.p99 / f.p50).toFixed(1) : '–');

export function intakeTable(r: IntakeBenchResult | null): string {
  if (!r) return 'Incident intake: PostgreSQL only (set DATABASE_URL); skipped.';
  const clean = r.bare.non200 === 0 && r.intake.non200 === 0;
  return [
    `Incident intake (${r.database}), ${r.existing.toLocaleString('en')} existing incidents, ${r.clients} concurrent clients, a pool of ${r.poolSize} connections, ${r.durationSeconds} s each; machine: ${r.machine.cpus} CPUs, load average ${r.machine.loadAverage} at the start:`,
    '',
    '| scenario | load average | req/s | p50 ms | p99 ms | p99 ÷ p50 | server CPU µs per request | ratio to bare SELECT route |',
    '|---|---|---|---|---|---|---|---|',
    `| bare route: one indexed SELECT by incident number (same server) | ${r.bare.loadAverage} | ${r.bare.rps} | ${r.bare.p50} | ${r.bare.p99} | ${spread(r.bare)} | ${r.bare.cpuMicros} | 1 |`,
    `| POST /open311/v2/requests.json (key, classification, grid lookup, fusion check, write, dispatch) | ${r.intake.loadAverage} | ${r.intake.rps} | ${r.intake.p50} | ${r.intake.p99} | ${spread(r.intake)} | ${r.intake.cpuMicros} | ${r.ratio.toFixed(3)} (${r.repeats > 0 ? 'not judged against' : r.meetsTarget ? 'p99 meets' : 'p99 misses'} the ${INTAKE_TARGET_P99_MS} ms target) |`,
    '',
    `The measured intakes: ${r.outcomes.dispatched} dispatched automatically, ${r.outcomes.duplicates} linked as duplicates (no dispatch), ${r.outcomes.registered} left for the dispatcher (no automatic rule).`,
    ...(r.repeats > 0 ? ['', `**Not a clean figure:** ${r.repeats} measured reports repeated earlier ones (the list of reports was used up), and repeats end as cheaper duplicates.`] : []),
    '',
    clean ? 'All requests answered 200.' : `**Errors:** bare ${r.bare.non200} and intake ${r.intake.non200} answers were not 200.`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchIncidentIntake({ seconds: Number(process.env.BENCH_SECONDS ?? 10), databaseUrl: process.env.DATABASE_URL || null });
  console.log(intakeTable(result));
  process.exit(0);
}
