import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real process: start on an embedded database, refuse a second process on the same directory, shut down
// gracefully on SIGTERM. Always PGlite: the lock exists for the embedded database.
const dataDir = mkdtempSync(join(tmpdir(), 'yiwang-main-'));
const children: ChildProcess[] = [];

function start(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'development', SEED_DEMO: 'false' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

describe('the server process', () => {
  it('refuses a second process on the same data directory and shuts down gracefully', async () => {
    const first = start();
    await waitFor(() => first.output().includes('Yiwang is ready'), 45_000);
    expect(existsSync(join(dataDir, 'yiwang.lock'))).toBe(true);

    const second = start();
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already in use by another Yiwang process \(pid \d+\)/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/SIGTERM: draining requests/);
    expect(existsSync(join(dataDir, 'yiwang.lock'))).toBe(false);
  });
});
