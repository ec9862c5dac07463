// The server the browser tests run against: port 3100, a fresh database with the demo region seeded.
// PGlite in a new temporary data directory, or — when DATABASE_URL is set — a freshly created PostgreSQL database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../server/config';
import { startRuntime } from '../server/runtime';

async function freshPostgres(url: string, port: string): Promise<string> {
  // One database per port, so two runs on different ports never share one.
  const name = `yiwang_e2e_${port}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const dataDir = mkdtempSync(join(tmpdir(), 'yiwang-e2e-'));
const port = process.env.E2E_PORT ?? '3100';
const env = {
  ...process.env,
  NODE_ENV: 'development',
  PORT: port,
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  SEED_DEMO: 'true',
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  DATABASE_URL: process.env.DATABASE_URL ? await freshPostgres(process.env.DATABASE_URL, port) : '',
};
const config = loadConfig(env);
const runtime = await startRuntime(config);
await runtime.app.listen({ port: config.port, host: config.host });

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await runtime.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
