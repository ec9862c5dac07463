import { afterEach, describe, expect, it, vi } from 'vitest';
import { TtlCache } from './ttl-cache';

afterEach(() => {
  vi.useRealTimers();
});

describe('TtlCache', () => {
  it('loads once within the TTL, again after it, and again after clear()', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-08T00:00:00Z') });
    const cache = new TtlCache<number>(1000);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    vi.advanceTimersByTime(999);
    expect(await cache.get('a', load)).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await cache.get('a', load)).toBe(2);
    cache.clear();
    expect(await cache.get('a', load)).toBe(3);
    expect(await cache.get('b', load)).toBe(4);
  });

  it('keeps only what `keep` accepts, and starts over when full', async () => {
    const cache = new TtlCache<string | null>(60_000, { max: 2, keep: Boolean });
    const seen: string[] = [];
    const load = (key: string, value: string | null) => cache.get(key, async () => (seen.push(key), value));
    await load('missing', null);
    await load('missing', null);
    expect(seen).toEqual(['missing', 'missing']);
    await load('x', 'X');
    await load('y', 'Y');
    await load('x', 'X');
    expect(seen.filter((k) => k === 'x')).toHaveLength(1);
    await load('z', 'Z'); // full: starts over
    await load('x', 'X');
    expect(seen.filter((k) => k === 'x')).toHaveLength(2);
  });
});
