/**
 * A per-process cache of values read from the database, each kept for `ttlMs`: for rows that change rarely and are
 * read on every request (keys, category leaves, dispatch rules). A change made elsewhere is seen within the TTL.
 * Bounded: when full it starts over. `keep` decides which loaded values are kept (e.g. only found rows).
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly opts: { max?: number; keep?: (value: V) => boolean } = {},
  ) {}

  async get(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await load();
    if (this.opts.keep && !this.opts.keep(value)) return value;
    if (this.entries.size >= (this.opts.max ?? 1000)) this.entries.clear();
    this.entries.set(key, { value, until: now + this.ttlMs });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
