import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { governanceConfig, type Config } from '../config';
import { fromPglite, fromPostgres, type Database } from '../db/client';

/** Set by the global setup to its process id: each run has its own files, so concurrent runs never mix templates. */
export const TEST_RUN_ENV = 'YIWANG_TEST_RUN';

function currentRun(): string {
  const run = process.env[TEST_RUN_ENV];
  if (!run) throw new Error(`${TEST_RUN_ENV} is not set: run the tests through vitest (its global setup prepares the template)`);
  return run;
}

export const templateFile = (run = currentRun()) => `.tmp/pglite-template-${run}.tar`;
export const testSetupFile = (run = currentRun()) => `.tmp/test-setup-${run}.json`;

export interface TestSetup {
  secrets: { dataKeys: Record<string, string>; currentKeyId: string; blindIndexKey: string; signingKeyPem: string };
  /** PostgreSQL template database, or null for PGlite. */
  templateName: string | null;
  /** Names this run's databases, so concurrent runs never drop each other's. */
  runId: string;
}

export function readTestSetup(): TestSetup {
  return JSON.parse(readFileSync(testSetupFile(), 'utf8')) as TestSetup;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const { secrets } = readTestSetup();
  return {
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    dataDir: '.tmp/unused',
    databaseUrl: process.env.DATABASE_URL ?? null,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    databasePoolSize: 4,
    seedDemo: false,
    webDir: resolve('dist/web'),
    secrets: {
      dataKeys: Object.fromEntries(Object.entries(secrets.dataKeys).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
      currentKeyId: secrets.currentKeyId,
      blindIndexKey: Buffer.from(secrets.blindIndexKey, 'base64'),
      signingKeyPem: secrets.signingKeyPem,
    },
    session: { idleMinutes: 30, absoluteHours: 12 },
    auditSealIntervalMs: 1000,
    applications: { draftRetentionDays: 30, maxUploadBytes: 2 * 1024 * 1024, filesDir: resolve('.tmp/test-files') },
    notifications: { sms: 'log', email: 'log', smtpUrl: null, emailFrom: 'noreply@yiwang.invalid' },
    governance: governanceConfig({}, []),
    ...overrides,
  };
}

/** A fresh database cloned from the migrated and seeded template: PostgreSQL when DATABASE_URL is set, else PGlite. */
export async function cloneTestDatabase(): Promise<Database> {
  const setup = readTestSetup();
  const url = process.env.DATABASE_URL;
  if (url && setup.templateName) {
    const name = `yiwang_t_${setup.runId}_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${setup.templateName}`);
    } finally {
      await admin.end();
    }
    const u = new URL(url);
    u.pathname = `/${name}`;
    return fromPostgres(u.toString(), 4);
  }
  const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(templateFile())]) });
  return fromPglite(client);
}
