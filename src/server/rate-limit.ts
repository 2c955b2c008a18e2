/**
 * Token buckets per key (a token's hash, or a client address for sign-in):
 * `burst` requests at once, refilled at `perSecond`. In memory per instance:
 * with several instances a client gets at most their sum, which still bounds
 * what one token can cost the database.
 */

export interface RateLimit {
  burst: number;
  perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
    /** Buckets idle this long are full again and forgotten. */
    private readonly forgetAfterMs = 10 * 60_000,
  ) {}

  /** 0 when the request may go ahead, else the milliseconds until it may. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    // A clock that stepped back refills nothing rather than draining the bucket.
    const elapsed = Math.max(0, now - bucket.at);
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (elapsed / 1000) * this.limit.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      if (this.buckets.size > 10_000) this.sweep(now);
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) / this.limit.perSecond) * 1000);
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) if (now - bucket.at > this.forgetAfterMs) this.buckets.delete(key);
  }
}
