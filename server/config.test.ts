import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, secretsFilePath } from './config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('generates secrets into the data directory on first start, mode 0600, and keeps them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yiwang-config-'));
    const first = loadConfig({ DATA_DIR: dir });
    expect(statSync(secretsFilePath(dir)).mode & 0o777).toBe(0o600);
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.secrets.blindIndexKey.equals(first.secrets.blindIndexKey)).toBe(true);
    expect(second.secrets.dataKeys.k1?.length).toBe(32);
  });

  it('refuses to start in production without explicit keys, naming every missing variable', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DATA_DIR: mkdtempSync(join(tmpdir(), 'yiwang-config-')) });
    expect(problems.join('\n')).toMatch(/YIWANG_DATA_KEYS, YIWANG_BLIND_INDEX_KEY, YIWANG_SIGNING_KEY/);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({ NODE_ENV: 'production', PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SEED_DEMO: 'true' });
    expect(problems.length).toBeGreaterThanOrEqual(5);
    expect(problems.some((p) => p.startsWith('PORT'))).toBe(true);
    expect(problems.some((p) => p.startsWith('DATABASE_URL'))).toBe(true);
    expect(problems.some((p) => p.startsWith('LOG_LEVEL'))).toBe(true);
    expect(problems.some((p) => p.startsWith('SEED_DEMO=true is refused'))).toBe(true);
  });

  it('accepts explicit production keys', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const config = loadConfig({ NODE_ENV: 'production', YIWANG_DATA_KEYS: `k1:${key},k2:${key}`, YIWANG_BLIND_INDEX_KEY: key, YIWANG_SIGNING_KEY: Buffer.from(pem).toString('base64') });
    expect(config.secrets.currentKeyId).toBe('k2');
    expect(config.seedDemo).toBe(false);
  });

  it('reads the urgent escalation ladder, and refuses one that does not rise', () => {
    expect(loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'yiwang-config-')) }).governance.urgentEscalationHours).toEqual([1, 4, 24]);
    expect(loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'yiwang-config-')), GOVERNANCE_ESCALATION_HOURS: '2, 6, 12' }).governance.urgentEscalationHours).toEqual([2, 6, 12]);
    for (const bad of ['4,1,24', '1,4', '0,4,24', '1,4,x']) {
      expect(problemsOf({ DATA_DIR: mkdtempSync(join(tmpdir(), 'yiwang-config-')), GOVERNANCE_ESCALATION_HOURS: bad }).join('\n'), bad).toMatch(/GOVERNANCE_ESCALATION_HOURS must be three whole numbers/);
    }
  });
});
