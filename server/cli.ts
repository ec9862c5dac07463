// `npm run cli -- <command>`: operations a person runs by hand. Each command opens the configured database
// (the same DATA_DIR / DATABASE_URL as the server; the embedded database must not be in use by a server).
import { ConfigError, loadConfig, newDataKeyId, readSecretsFile, writeSecretsFile, type Config } from './config';
import { migrateDatabase, openDatabase, type Database } from './db/client';
import { DirectoryLockedError } from './db/directory-lock';
import { randomBytes } from 'node:crypto';
import { sealAll } from './platform/audit/seal-audit-records';
import { verifyAuditChain } from './platform/audit/verify-audit-chain';
import type { ChainReport } from './platform/audit/hash-chain';
import { sealAllExchangeRecords, verifyExchangeChain } from './modules/exchange/gateway/exchange-chain';
import { reencryptPersonalData } from './modules/identity/reencrypt-personal-data';
import { buildServices } from './runtime';
import { isSeeded, seedDemoRegion } from './seed/run-seed';
import { loadDemoCatalogue } from './seed/load-demo-catalogue';

const HELP = `Usage: npm run cli -- <command>

  migrate            apply database migrations
  seed               seed the demo region (idempotent; refused in production)
  audit verify       seal pending audit records and verify the chain; exit 0 when intact, 1 naming the first bad record
  exchange verify    the same for the data exchange records (every gateway call)
  keys rotate        add a new data-encryption key, make it current, and re-encrypt personal data under it
  keys reencrypt     re-encrypt personal data still under an older key
`;

async function withDatabase<T>(config: Config, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize });
  try {
    await migrateDatabase(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

async function auditVerify(config: Config): Promise<number> {
  return withDatabase(config, async (database) => {
    const services = buildServices(config.secrets, database, config.applications.filesDir);
    const sealed = await sealAll(database.db, services.signer);
    const report = await verifyAuditChain(database.db, services.signer);
    if (report.intact) {
      console.log(`Audit chain intact: ${report.checked} sealed records verified (${sealed} newly sealed).`);
      return 0;
    }
    console.error(`Audit chain BROKEN at seq ${report.firstBadSeq ?? '?'}${report.firstBadRecordId ? ` (record ${report.firstBadRecordId})` : ''}: ${report.reason ?? ''}`);
    console.error(`${report.checked} records verified before the first bad one.`);
    return 1;
  });
}

async function exchangeVerify(config: Config): Promise<number> {
  return withDatabase(config, async (database) => {
    const services = buildServices(config.secrets, database, config.applications.filesDir);
    const sealed = await sealAllExchangeRecords(database.db, services.signer);
    return reportChain('Exchange record chain', await verifyExchangeChain(database.db, services.signer), sealed);
  });
}

function reportChain(name: string, report: ChainReport, sealed: number): number {
  if (report.intact) {
    console.log(`${name} intact: ${report.checked} sealed records verified (${sealed} newly sealed).`);
    return 0;
  }
  console.error(`${name} BROKEN at seq ${report.firstBadSeq ?? '?'}${report.firstBadRecordId ? ` (record ${report.firstBadRecordId})` : ''}: ${report.reason ?? ''}`);
  console.error(`${report.checked} records verified before the first bad one.`);
  return 1;
}

async function reencrypt(config: Config): Promise<number> {
  return withDatabase(config, async (database) => {
    const { cipher } = buildServices(config.secrets, database, config.applications.filesDir);
    const moved = await reencryptPersonalData(database.db, cipher, (done) => console.log(`  re-encrypted ${done} rows…`));
    console.log(`Re-encryption done: ${moved} rows now under key ${cipher.currentKeyId}.`);
    return 0;
  });
}

async function rotateKeys(config: Config): Promise<number> {
  const file = config.env === 'production' ? null : readSecretsFile(config.dataDir);
  const keyId = newDataKeyId(Object.keys(config.secrets.dataKeys));
  const key = randomBytes(32).toString('base64');
  if (!file) {
    const ring = Object.entries(config.secrets.dataKeys).map(([id, k]) => `${id}:${k.toString('base64')}`);
    console.log('Keys come from the environment. Set these, restart every process, then run `npm run cli -- keys reencrypt`:');
    console.log(`  YIWANG_DATA_KEYS=${[...ring, `${keyId}:${key}`].join(',')}`);
    console.log(`  YIWANG_DATA_KEY_CURRENT=${keyId}`);
    return 0;
  }
  file.dataKeys[keyId] = key;
  file.currentKeyId = keyId;
  writeSecretsFile(config.dataDir, file);
  console.log(`Added data key ${keyId}; new writes use it. Re-encrypting existing personal data…`);
  return reencrypt(loadConfig());
}

async function run(args: string[]): Promise<number> {
  const command = args.join(' ');
  const config = loadConfig();
  switch (command) {
    case 'migrate':
      await withDatabase(config, async () => console.log('Migrations applied.'));
      return 0;
    case 'seed':
      if (config.env === 'production') {
        console.error('The demo region is never seeded in production.');
        return 1;
      }
      return withDatabase(config, async (database) => {
        const services = buildServices(config.secrets, database, config.applications.filesDir);
        if (await isSeeded(database.db)) console.log('The demo region is already seeded.');
        else await seedDemoRegion(services);
        const { loaded } = await loadDemoCatalogue(services);
        console.log(loaded ? 'Demo catalogue loaded.' : 'The catalogue already has items.');
        console.log('Demo region ready.');
        return 0;
      });
    case 'audit verify':
      return auditVerify(config);
    case 'exchange verify':
      return exchangeVerify(config);
    case 'keys rotate':
      return rotateKeys(config);
    case 'keys reencrypt':
      return reencrypt(config);
    default:
      console.log(HELP);
      return command === '' || command === 'help' ? 0 : 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DirectoryLockedError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
