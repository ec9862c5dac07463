// Application submission under load: POST /api/v1/applications at 32 concurrent clients, each request a valid
// single-item submission (a unique Idempotency-Key, signed-in demo citizens spread over the clients), reported as
// submissions/s and p50/p99 — and on PostgreSQL as a ratio to pgbench's built-in TPC-B-like script at the same
// concurrency, measured in the same run on the same server (target ≥ 0.5). Run by `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfig } from '../server/config';
import { startRuntime } from '../server/runtime';
import { DEMO_PASSWORD, demoCitizens } from '../server/seed/demo-accounts';

export const SUBMIT_CLIENTS = 32;
export const SUBMIT_TARGET_RATIO = 0.5;
/**
 * Personal data correction (个人政务数据异议更正): its one required material is the applicant's resident ID card,
 * an e-licence every demo citizen holds (fetched, 免证办); its two uploads are optional. So every request is a
 * complete submission with no upload per request.
 */
export const SUBMIT_ITEM = 'QT-DATA-0002';
/** Demo citizens signed in (13900000001…): the clients are spread over them round-robin. */
const CITIZENS = 16;

export interface PgbenchOptions {
  /** `tpcb-like`: pgbench's default script; `select-only`: `-S`. */
  script: 'tpcb-like' | 'select-only';
  clients: number;
  threads?: number;
  seconds: number;
  /** Scale factor for `pgbench -i` (100,000 accounts each); TPC-B needs ≥ clients or it measures row contention. */
  scale?: number;
}

export interface PgbenchResult {
  script: PgbenchOptions['script'];
  clients: number;
  scale: number;
  tps: number;
  latencyAvgMs: number | null;
}

/** Runs pgbench on a scratch database of the same server (created, initialised, dropped): the platform's stays clean. */
export function runPgbench(url: string, opts: PgbenchOptions): PgbenchResult | null {
  const name = 'yiwang_pgbench';
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  const scale = opts.scale ?? 1;
  try {
    execFileSync('psql', [url, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, '-c', `CREATE DATABASE ${name}`], { stdio: 'ignore' });
    // Server-side data generation (G) is several times faster than the client-side default at larger scales.
    execFileSync('pgbench', ['-i', '-s', String(scale), '-q', '-I', 'dtGvp', scratch.toString()], { stdio: 'ignore' });
    const args = [...(opts.script === 'select-only' ? ['-S'] : []), '-c', String(opts.clients), '-j', String(opts.threads ?? 2), '-T', String(opts.seconds), scratch.toString()];
    const out = execFileSync('pgbench', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const tps = /tps = ([\d.]+)/.exec(out);
    const latency = /latency average = ([\d.]+) ms/.exec(out);
    return tps ? { script: opts.script, clients: opts.clients, scale, tps: Math.round(Number(tps[1])), latencyAvgMs: latency ? Number(latency[1]) : null } : null;
  } catch {
    return null;
  } finally {
    try {
      execFileSync('psql', [url, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], { stdio: 'ignore' });
    } catch {
      // No psql: there was no scratch database either.
    }
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database `name` on the server of `url` (a leftover of an interrupted run is dropped); its URL. */
export async function createScratchDatabase(url: string, name: string): Promise<string> {
  // Nothing of this run is connected to it yet, so FORCE only ends a crashed run's connections.
  await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return scratch.toString();
}

export async function dropScratchDatabase(url: string, name: string): Promise<void> {
  // Pool connections may still be closing: terminating them (FORCE) would surface as an unhandled client error.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      if (attempt >= 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** `run` on a fresh scratch database of the server of `url`, dropped afterwards: `url`'s own database is never written. */
export async function withScratchDatabase<T>(url: string, name: string, run: (scratchUrl: string) => Promise<T>): Promise<T> {
  const scratch = await createScratchDatabase(url, name);
  try {
    return await run(scratch);
  } finally {
    await dropScratchDatabase(url, name);
  }
}

export interface SubmitBenchResult {
  database: string;
  item: string;
  clients: number;
  citizens: number;
  durationSeconds: number;
  /** Requests answered 201 (a case created), and all requests sent. */
  created: number;
  requests: number;
  /** Answers other than 201, by status, and requests without an answer: a run with any is not a clean figure. */
  non201: number;
  statuses: Record<string, number>;
  /** Requests that got no answer (socket errors, including the timeouts counted next). */
  errors: number;
  timeouts: number;
  sampleErrors: string[];
  submissionsPerSecond: number;
  p50: number;
  p99: number;
  pgbench: PgbenchResult | null;
  /** CPUs and the 1-minute load average when the load started: other work on the machine skews every figure. */
  machine: { cpus: number; loadAverage: number };
  /** submissions/s ÷ pgbench TPC-B tps (null on PGlite or without pgbench). */
  ratio: number | null;
  meetsTarget: boolean | null;
}

interface PrepareView {
  fields: { key: string; required: boolean; prefill: unknown; schema: Record<string, unknown> }[];
  materials: { key: string; required: boolean; fetchable: unknown; commitmentAllowed: boolean; producedInBundle: boolean }[];
}

/** A valid form from the prepare view: what the platform fills stays, every other field gets a plausible value. */
function formFrom(view: PrepareView): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const f of view.fields) {
    if (f.prefill) continue;
    const s = f.schema;
    if (Array.isArray(s.enum)) form[f.key] = s.enum[0];
    else if (s.type === 'array' && s.items && typeof s.items === 'object' && Array.isArray((s.items as { enum?: unknown[] }).enum)) form[f.key] = [(s.items as { enum: unknown[] }).enum[0]];
    else if (s.format === 'date') form[f.key] = '2026-11-20';
    else if (s.type === 'integer' || s.type === 'number') form[f.key] = typeof s.minimum === 'number' ? s.minimum : 1;
    else if (s.type === 'boolean') form[f.key] = true;
    else if (typeof s.pattern === 'string' && s.pattern.includes('[0-9X]')) form[f.key] = '339902198503121019';
    else if (typeof s.pattern === 'string' && s.pattern.startsWith('^1')) form[f.key] = '13900000009';
    else form[f.key] = '性能测试';
  }
  return form;
}

/** Materials without any upload: fetched e-licences and commitments; optional uploads are left out. */
function materialsFrom(view: PrepareView, item: string): { key: string; provision: 'fetched' | 'commitment' }[] {
  return view.materials.flatMap((m): { key: string; provision: 'fetched' | 'commitment' }[] => {
    if (m.producedInBundle) return [];
    if (m.fetchable) return [{ key: m.key, provision: 'fetched' }];
    if (m.commitmentAllowed) return [{ key: m.key, provision: 'commitment' }];
    if (m.required) throw new Error(`${item}: material ${m.key} needs an upload; choose an item without required uploads`);
    return [];
  });
}

interface Citizen {
  cookie: string;
  csrf: string;
  body: string;
}

async function signInCitizen(base: string, mobile: string, region: string): Promise<Citizen> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: mobile, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login ${mobile}: ${login.status} ${await login.text()}`);
  const pairs = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = pairs.find((p) => p.startsWith('yw_csrf='))?.slice('yw_csrf='.length);
  if (!csrf) throw new Error(`login ${mobile}: no CSRF cookie`);
  const cookie = pairs.join('; ');
  const prep = await fetch(`${base}/api/v1/applications/prepare?implementation=${SUBMIT_ITEM}&region=${region}`, { headers: { cookie } });
  if (prep.status !== 200) throw new Error(`prepare ${SUBMIT_ITEM} for ${mobile}: ${prep.status} ${await prep.text()}`);
  const view = (await prep.json()) as PrepareView;
  const body = JSON.stringify({ implementation: SUBMIT_ITEM, region, form: formFrom(view), materials: materialsFrom(view, SUBMIT_ITEM) });
  return { cookie, csrf, body };
}

/**
 * pgbench TPC-B-like at 32 clients (PostgreSQL only), then POST /api/v1/applications at 32 clients for the same
 * duration on a freshly seeded scratch database (PostgreSQL) or a temporary PGlite directory.
 */
export async function benchApplicationsSubmit(opts: { seconds: number; databaseUrl: string | null }): Promise<SubmitBenchResult> {
  // TPC-B first, while nothing else runs; scale = clients, as pgbench's documentation asks for TPC-B.
  const pgbench = opts.databaseUrl ? runPgbench(opts.databaseUrl, { script: 'tpcb-like', clients: SUBMIT_CLIENTS, threads: 2, seconds: opts.seconds, scale: Number(process.env.BENCH_PGBENCH_SCALE ?? SUBMIT_CLIENTS) }) : null;
  const load = (databaseUrl: string | null) => loadSubmissions(opts.seconds, databaseUrl);
  const measured = opts.databaseUrl ? await withScratchDatabase(opts.databaseUrl, 'yiwang_bench_submit', load) : await load(null);
  const ratio = pgbench && pgbench.tps > 0 ? measured.submissionsPerSecond / pgbench.tps : null;
  return { ...measured, pgbench, ratio, meetsTarget: ratio === null ? null : ratio >= SUBMIT_TARGET_RATIO };
}

async function loadSubmissions(seconds: number, databaseUrl: string | null): Promise<Omit<SubmitBenchResult, 'pgbench' | 'ratio' | 'meetsTarget'>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yiwang-bench-submit-'));
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl ?? '', NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'true' });
  const runtime = await startRuntime(config);
  try {
    await runtime.app.listen({ port: 0, host: '127.0.0.1' });
    const address = runtime.app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const citizens: Citizen[] = [];
    for (const c of demoCitizens.slice(0, CITIZENS)) citizens.push(await signInCitizen(base, c.mobile, c.region));

    const run = Date.now().toString(36);
    let n = 0;
    const headersFor = (citizen: Citizen, key: string) => ({
      'content-type': 'application/json',
      cookie: citizen.cookie,
      'x-csrf-token': citizen.csrf,
      'idempotency-key': key,
    });
    // One submission per citizen before the clock starts: proves the body is valid (and warms up the paths).
    for (const citizen of citizens) {
      const res = await fetch(`${base}/api/v1/applications`, { method: 'POST', headers: headersFor(citizen, `bench-${run}-check-${n++}`), body: citizen.body });
      if (res.status !== 201) throw new Error(`check submission: ${res.status} ${await res.text()}`);
    }

    const sampleErrors: string[] = [];
    const machine = { cpus: cpus().length, loadAverage: Number(loadavg()[0]!.toFixed(1)) };
    const result = await autocannon({
      url: base,
      connections: SUBMIT_CLIENTS,
      duration: seconds,
      // A slow answer is measured, not dropped: autocannon's 10 s default would hide the tail on a queueing database.
      timeout: 60,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/applications',
          // Per request: the next citizen (round-robin) and a key never used before.
          setupRequest: (req) => {
            const i = n++;
            const citizen = citizens[i % citizens.length]!;
            return { ...req, headers: headersFor(citizen, `bench-${run}-${i}`), body: citizen.body };
          },
          onResponse: (status, body) => {
            if (status !== 201 && sampleErrors.length < 5) sampleErrors.push(`${status} ${body.slice(0, 300)}`);
          },
        },
      ],
    });
    const statuses: Record<string, number> = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]));
    const created = statuses['201'] ?? 0;
    const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
    return {
      database: runtime.database.kind,
      item: SUBMIT_ITEM,
      clients: SUBMIT_CLIENTS,
      citizens: citizens.length,
      durationSeconds: seconds,
      created,
      requests,
      non201: requests - created,
      statuses,
      errors: result.errors,
      timeouts: result.timeouts,
      sampleErrors,
      machine,
      submissionsPerSecond: Math.round(created / result.duration),
      p50: result.latency.p50,
      p99: result.latency.p99,
    };
  } finally {
    await runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The markdown lines for run.ts: the figures, the pgbench limit and the verdict (or why there is none). */
export function submitTable(r: SubmitBenchResult): string {
  const clean = r.non201 === 0 && r.errors === 0 && r.timeouts === 0;
  const ratio = r.ratio === null ? (r.database === 'postgres' ? 'n/a: pgbench failed' : 'n/a: needs PostgreSQL') : `${r.ratio.toFixed(3)} (${r.meetsTarget ? 'meets' : 'below'} the ${SUBMIT_TARGET_RATIO} target)`;
  return [
    `Application submission (${r.database}), ${r.clients} concurrent clients over ${r.citizens} signed-in citizens, ${r.durationSeconds} s, item ${r.item} (ID card fetched, no upload); machine: ${r.machine.cpus} CPUs, load average ${r.machine.loadAverage} at the start:`,
    '',
    '| scenario | per s | p50 ms | p99 ms | ratio to pgbench TPC-B |',
    '|---|---|---|---|---|',
    `| POST /api/v1/applications (201s only) | ${r.submissionsPerSecond} | ${r.p50} | ${r.p99} | ${ratio} |`,
    ...(r.pgbench ? [`| pgbench TPC-B-like, -c ${r.pgbench.clients} -s ${r.pgbench.scale} (raw database limit, tps; average latency ${r.pgbench.latencyAvgMs ?? '?'} ms) | ${r.pgbench.tps} | — | — | 1 |`] : []),
    '',
    clean
      ? `All ${r.requests} requests answered 201.`
      : `**Errors:** ${r.non201} of ${r.requests} answers were not 201 (${JSON.stringify(r.statuses)}); ${r.errors} requests got no answer (${r.timeouts} timed out)${r.sampleErrors.length ? ` — ${r.sampleErrors.join(' | ')}` : ''}.`,
  ].join('\n');
}
