/**
 * Token buckets per grant, in this process's memory: a grant of N calls per minute holds N tokens and refills
 * N/60 per second. With several API processes each enforces its own bucket, so the effective limit across a
 * region is up to N × processes; a shared limiter (PostgreSQL or Redis) would be the next step if that matters.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; rate: number }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Takes one token from the grant's bucket; false when it is empty. A null rate is unlimited. */
  take(grantId: string, perMinute: number | null): boolean {
    if (perMinute === null || perMinute <= 0) return true;
    const t = this.now();
    let bucket = this.buckets.get(grantId);
    if (!bucket || bucket.rate !== perMinute) {
      bucket = { tokens: perMinute, at: t, rate: perMinute };
      this.buckets.set(grantId, bucket);
    }
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((t - bucket.at) / 60_000) * perMinute);
    bucket.at = t;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  reset(): void {
    this.buckets.clear();
  }
}
