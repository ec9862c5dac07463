import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDirectoryLock, DirectoryLockedError } from './directory-lock';

describe('PGlite data directory lock', () => {
  it('refuses a second holder while the first is alive, and frees the directory on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yiwang-lock-'));
    const first = acquireDirectoryLock(dir);
    expect(() => acquireDirectoryLock(dir)).toThrow(DirectoryLockedError);
    expect(() => acquireDirectoryLock(dir)).toThrow(/already in use by another Yiwang process/);
    first.release();
    expect(existsSync(join(dir, 'yiwang.lock'))).toBe(false);
    acquireDirectoryLock(dir).release();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yiwang-lock-'));
    // The pid of a process that has exited.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(dir, 'yiwang.lock'), dead);
    const lock = acquireDirectoryLock(dir);
    expect(readFileSync(join(dir, 'yiwang.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
  });
});
