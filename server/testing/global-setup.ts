import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes, generateKeyPairSync } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Secrets } from '../config';
import { fromPglite, fromPostgres, migrateDatabase } from '../db/client';
import { buildServices } from '../runtime';
import { seedDemoRegion } from '../seed/run-seed';
import { loadDemoCatalogue } from '../seed/load-demo-catalogue';
import { TEST_RUN_ENV, templateFile, testSetupFile, type TestSetup } from './test-database';

/**
 * Once per test run: migrate and seed one template database — a PGlite data-directory dump, or a PostgreSQL
 * template database when DATABASE_URL is set — that every test file clones.
 */
export default async function setup(): Promise<() => Promise<void>> {
  mkdirSync('.tmp', { recursive: true });
  const run = String(process.pid);
  // The test workers start after this and inherit the variable: they read this run's files only.
  process.env[TEST_RUN_ENV] = run;
  const { privateKey } = generateKeyPairSync('ed25519');
  const secrets = {
    dataKeys: { k1: randomBytes(32).toString('base64') },
    currentKeyId: 'k1',
    blindIndexKey: randomBytes(32).toString('base64'),
    signingKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
  const keys: Secrets = {
    dataKeys: { k1: Buffer.from(secrets.dataKeys.k1, 'base64') },
    currentKeyId: 'k1',
    blindIndexKey: Buffer.from(secrets.blindIndexKey, 'base64'),
    signingKeyPem: secrets.signingKeyPem,
  };
  const url = process.env.DATABASE_URL;
  const templateName = `yiwang_tpl_${process.pid}`;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.query(`CREATE DATABASE ${templateName}`);
    const database = fromPostgres(withDatabase(url, templateName), 2);
    await migrateDatabase(database);
    await seedDemoRegion(buildServices(keys, database));
    await loadDemoCatalogue(buildServices(keys, database));
    await database.close();
    await admin.end();
  } else {
    const client = await PGlite.create();
    const database = fromPglite(client);
    await migrateDatabase(database);
    await seedDemoRegion(buildServices(keys, database));
    await loadDemoCatalogue(buildServices(keys, database));
    const dump = await client.dumpDataDir('none');
    writeFileSync(templateFile(run), Buffer.from(await dump.arrayBuffer()));
    await database.close();
  }
  const setupInfo: TestSetup = { secrets, templateName: url ? templateName : null, runId: String(process.pid) };
  writeFileSync(testSetupFile(run), JSON.stringify(setupInfo));

  return async () => {
    rmSync(testSetupFile(run), { force: true });
    rmSync(templateFile(run), { force: true });
    if (!url) return;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname = '${templateName}' OR datname LIKE 'yiwang_t\\_${process.pid}\\_%'`);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
