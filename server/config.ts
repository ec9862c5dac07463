import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { randomBytes, generateKeyPairSync } from 'node:crypto';
import { join, resolve } from 'node:path';

/** Everything the process reads from its environment, validated once at boot. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… when a PostgreSQL server is used; null for embedded PGlite in dataDir. */
  databaseUrl: string | null;
  /** Connections each process keeps to the PostgreSQL server (DATABASE_POOL_SIZE). */
  databasePoolSize: number;
  logLevel: string;
  seedDemo: boolean;
  webDir: string;
  secrets: Secrets;
  session: { idleMinutes: number; absoluteHours: number };
  auditSealIntervalMs: number;
  applications: {
    /** Drafts untouched this long are purged with their uploads and fetched data. */
    draftRetentionDays: number;
    /** Largest upload accepted for a material. */
    maxUploadBytes: number;
    /** Where the filesystem storage keeps uploaded files. */
    filesDir: string;
  };
  notifications: {
    sms: 'log';
    email: 'log' | 'smtp';
    /** smtp://user:pass@host:port when email is smtp. */
    smtpUrl: string | null;
    emailFrom: string;
  };
  /** City governance: incident fusion, reopening and automatic dispatch. */
  governance: GovernanceConfig;
}

export interface GovernanceConfig {
  /** A new incident this close (great-circle metres) to an open one of the same category is its duplicate… */
  fusionMeters: number;
  /** …when that one was reported within this many hours. */
  fusionHours: number;
  /** The reporter may reopen an incident this many days after it was handled, verified or closed. */
  reopenDays: number;
  /** Classifications at or above this confidence may be dispatched without the dispatcher. */
  autoDispatchConfidence: number;
  /** An urgent incident climbs the ladder — street, district, city — this many hours after dispatch. */
  urgentEscalationHours: readonly [number, number, number];
}

export interface Secrets {
  /** Data-encryption keys by key id; `currentKeyId` encrypts new writes. */
  dataKeys: Record<string, Buffer>;
  currentKeyId: string;
  blindIndexKey: Buffer;
  /** Ed25519 private key (PKCS#8 PEM) that signs audit checkpoints, e-licences and exchange records. */
  signingKeyPem: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

const SECRETS_FILE = 'secrets.json';

interface SecretsFile {
  dataKeys: Record<string, string>;
  currentKeyId: string;
  blindIndexKey: string;
  signingKeyPem: string;
}

export function newDataKeyId(existing: string[]): string {
  let n = existing.length + 1;
  while (existing.includes(`k${n}`)) n++;
  return `k${n}`;
}

function generateSecrets(): SecretsFile {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    dataKeys: { k1: randomBytes(32).toString('base64') },
    currentKeyId: 'k1',
    blindIndexKey: randomBytes(32).toString('base64'),
    signingKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

export function secretsFilePath(dataDir: string): string {
  return join(dataDir, SECRETS_FILE);
}

export function writeSecretsFile(dataDir: string, file: SecretsFile): void {
  const path = secretsFilePath(dataDir);
  writeFileSync(path, JSON.stringify(file, null, 2), { mode: 0o600 });
  chmodSync(path, 0o600);
}

export function readSecretsFile(dataDir: string): SecretsFile | null {
  const path = secretsFilePath(dataDir);
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as SecretsFile;
}

function decodeKey(name: string, value: string, problems: string[]): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) problems.push(`${name} must be 32 bytes in base64 (got ${key.length} bytes)`);
  return key;
}

/** YIWANG_DATA_KEYS="k1:BASE64,k2:BASE64" — the last one encrypts new writes unless YIWANG_DATA_KEY_CURRENT names another. */
function secretsFromEnv(env: Env, problems: string[]): Secrets | null {
  const missing = ['YIWANG_DATA_KEYS', 'YIWANG_BLIND_INDEX_KEY', 'YIWANG_SIGNING_KEY'].filter((k) => !env[k]);
  if (missing.length > 0) {
    problems.push(`production needs explicit keys; missing: ${missing.join(', ')}`);
    return null;
  }
  const dataKeys: Record<string, Buffer> = {};
  for (const pair of (env.YIWANG_DATA_KEYS ?? '').split(',')) {
    const [id, value] = pair.split(':');
    if (!id || !value) {
      problems.push('YIWANG_DATA_KEYS must look like "k1:BASE64,k2:BASE64"');
      continue;
    }
    dataKeys[id.trim()] = decodeKey(`YIWANG_DATA_KEYS ${id}`, value.trim(), problems);
  }
  const ids = Object.keys(dataKeys);
  const currentKeyId = env.YIWANG_DATA_KEY_CURRENT ?? ids[ids.length - 1] ?? '';
  if (ids.length > 0 && !dataKeys[currentKeyId]) problems.push(`YIWANG_DATA_KEY_CURRENT names unknown key "${currentKeyId}"`);
  const signing = env.YIWANG_SIGNING_KEY ?? '';
  const signingKeyPem = signing.includes('BEGIN') ? signing : Buffer.from(signing, 'base64').toString('utf8');
  if (!signingKeyPem.includes('BEGIN PRIVATE KEY')) problems.push('YIWANG_SIGNING_KEY must be an Ed25519 PKCS#8 PEM (or its base64)');
  return {
    dataKeys,
    currentKeyId,
    blindIndexKey: decodeKey('YIWANG_BLIND_INDEX_KEY', env.YIWANG_BLIND_INDEX_KEY ?? '', problems),
    signingKeyPem,
  };
}

function secretsFromDataDir(dataDir: string): Secrets {
  mkdirSync(dataDir, { recursive: true });
  let file = readSecretsFile(dataDir);
  if (!file) {
    file = generateSecrets();
    writeSecretsFile(dataDir, file);
  }
  return {
    dataKeys: Object.fromEntries(Object.entries(file.dataKeys).map(([id, v]) => [id, Buffer.from(v, 'base64')])),
    currentKeyId: file.currentKeyId,
    blindIndexKey: Buffer.from(file.blindIndexKey, 'base64'),
    signingKeyPem: file.signingKeyPem,
  };
}

function intFrom(env: Env, name: string, fallback: number, problems: string[], min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    problems.push(`${name} must be a whole number ≥ ${min} (got "${raw}")`);
    return fallback;
  }
  return n;
}

function ratioFrom(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    problems.push(`${name} must be a number from 0 to 1 (got "${raw}")`);
    return fallback;
  }
  return n;
}

/** GOVERNANCE_FUSION_METERS, GOVERNANCE_FUSION_HOURS, GOVERNANCE_REOPEN_DAYS, GOVERNANCE_AUTO_DISPATCH_CONFIDENCE. */
export function governanceConfig(env: Env, problems: string[]): GovernanceConfig {
  return {
    fusionMeters: intFrom(env, 'GOVERNANCE_FUSION_METERS', 200, problems, 0),
    fusionHours: intFrom(env, 'GOVERNANCE_FUSION_HOURS', 72, problems, 0),
    reopenDays: intFrom(env, 'GOVERNANCE_REOPEN_DAYS', 5, problems, 0),
    autoDispatchConfidence: ratioFrom(env, 'GOVERNANCE_AUTO_DISPATCH_CONFIDENCE', 0.6, problems),
    urgentEscalationHours: ladderHoursFrom(env, 'GOVERNANCE_ESCALATION_HOURS', [1, 4, 24], problems),
  };
}

/** Three whole numbers of hours, each above the one before (`1,4,24`). */
function ladderHoursFrom(env: Env, name: string, fallback: readonly [number, number, number], problems: string[]): readonly [number, number, number] {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const hours = raw.split(',').map((h) => Number(h.trim()));
  const rising = hours.length === 3 && hours.every((h, i) => Number.isInteger(h) && h >= 1 && (i === 0 || h > hours[i - 1]!));
  if (!rising) {
    problems.push(`${name} must be three whole numbers of hours ≥ 1, each larger than the one before, e.g. 1,4,24 (got "${raw}")`);
    return fallback;
  }
  return [hours[0]!, hours[1]!, hours[2]!];
}

/** Reads and checks the whole configuration; throws ConfigError listing every problem at once. */
function notificationConfig(env: Env, problems: string[]): Config['notifications'] {
  const sms = env.NOTIFY_SMS ?? 'log';
  if (sms !== 'log') problems.push(`NOTIFY_SMS must be log (got "${sms}"); an SMS gateway adapter plugs in here`);
  const email = env.NOTIFY_EMAIL ?? 'log';
  if (email !== 'log' && email !== 'smtp') problems.push(`NOTIFY_EMAIL must be log or smtp (got "${email}")`);
  const smtpUrl = env.SMTP_URL ?? null;
  if (email === 'smtp' && !smtpUrl?.startsWith('smtp')) problems.push('NOTIFY_EMAIL=smtp needs SMTP_URL (smtp://user:pass@host:port or smtps://…)');
  return { sms: 'log', email: email === 'smtp' ? 'smtp' : 'log', smtpUrl, emailFrom: env.EMAIL_FROM ?? 'noreply@yiwang.invalid' };
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }
  const isProduction = nodeEnv === 'production';
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const port = intFrom(env, 'PORT', 3000, problems, 0);
  if (port > 65535) problems.push('PORT must be at most 65535');
  const seedRaw = env.SEED_DEMO ?? (isProduction ? 'false' : 'true');
  if (!['true', 'false'].includes(seedRaw)) problems.push('SEED_DEMO must be true or false');
  if (isProduction && seedRaw === 'true') problems.push('SEED_DEMO=true is refused in production: demo accounts have published passwords');
  const logLevel = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) problems.push(`LOG_LEVEL "${logLevel}" is not a pino level`);

  const secrets = isProduction ? secretsFromEnv(env, problems) : problems.length === 0 ? secretsFromDataDir(dataDir) : null;
  const config: Config = {
    env: nodeEnv as Config['env'],
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl,
    databasePoolSize: intFrom(env, 'DATABASE_POOL_SIZE', 10, problems, 1),
    logLevel,
    seedDemo: seedRaw === 'true',
    webDir: resolve(env.WEB_DIR ?? 'dist/web'),
    secrets: secrets ?? { dataKeys: {}, currentKeyId: '', blindIndexKey: Buffer.alloc(0), signingKeyPem: '' },
    session: {
      idleMinutes: intFrom(env, 'SESSION_IDLE_MINUTES', 30, problems, 1),
      absoluteHours: intFrom(env, 'SESSION_ABSOLUTE_HOURS', 12, problems, 1),
    },
    auditSealIntervalMs: intFrom(env, 'AUDIT_SEAL_INTERVAL_MS', 1000, problems, 50),
    applications: {
      draftRetentionDays: intFrom(env, 'DRAFT_RETENTION_DAYS', 30, problems, 1),
      maxUploadBytes: intFrom(env, 'MAX_UPLOAD_BYTES', 10 * 1024 * 1024, problems, 1024),
      filesDir: resolve(env.FILES_DIR ?? join(dataDir, 'files')),
    },
    notifications: notificationConfig(env, problems),
    governance: governanceConfig(env, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
