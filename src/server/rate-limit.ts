/**
 * Token buckets per key (a verified token's hash, a client address, an e-mail
 * address): `burst` requests at once, refilled at `perSecond`. In memory per
 * instance: with several instances a client gets at most their sum, which
 * still bounds what one client can cost the database.
 *
 * The map doubles as a least-recently-used list (a Map iterates in insertion
 * order and every take re-inserts its key), so idle buckets are always at the
 * front: forgetting them looks only at the front, and a hard cap evicts from
 * there. Work per request stays constant however many keys a flood invents.
 */

export interface RateLimit {
  burst: number;
  perSecond: number;
}

export interface RateLimiterOptions {
  /** Buckets idle this long are full again and forgotten. */
  forgetAfterMs?: number;
  /** At most this many buckets; beyond it the least recently used one is dropped. */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Idle buckets looked at per request, besides the one it takes from. */
const FORGET_PER_TAKE = 2;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly forgetAfterMs: number;
  private readonly maxKeys: number;
  /** Buckets looked at while forgetting or evicting (for the tests' cost bound). */
  examined = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
    options: RateLimiterOptions = {},
  ) {
    this.forgetAfterMs = options.forgetAfterMs ?? 10 * 60_000;
    this.maxKeys = options.maxKeys ?? 50_000;
  }

  get size(): number {
    return this.buckets.size;
  }

  has(key: string): boolean {
    return this.buckets.has(key);
  }

  /** The bucket refilled to now, without taking from it. */
  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key);
    if (!bucket) return { tokens: this.limit.burst, at: now };
    // A clock that stepped back refills nothing rather than draining the bucket.
    const elapsed = Math.max(0, now - bucket.at);
    return { tokens: Math.min(this.limit.burst, bucket.tokens + (elapsed / 1000) * this.limit.perSecond), at: now };
  }

  private waitFor(bucket: Bucket): number {
    return bucket.tokens >= 1 ? 0 : Math.ceil(((1 - bucket.tokens) / this.limit.perSecond) * 1000);
  }

  /** 0 when a request would go ahead now, else the milliseconds until it would; takes nothing. */
  peek(key: string): number {
    return this.waitFor(this.refilled(key, this.now()));
  }

  /** 0 when the request may go ahead (and takes one token), else the milliseconds until it may. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.refilled(key, now);
    const wait = this.waitFor(bucket);
    if (wait === 0) bucket.tokens -= 1;
    // Re-inserting moves the key to the back: the front holds the longest idle.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    this.forget(now);
    return wait;
  }

  /** Drops a key's bucket (a token that turned out revoked or expired). */
  delete(key: string): void {
    this.buckets.delete(key);
  }

  /** Gives back the token a request took (a login that turned out right is not a failure). */
  refund(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.limit.burst, bucket.tokens + 1);
  }

  private forget(now: number): void {
    let looked = 0;
    for (const [key, bucket] of this.buckets) {
      if (this.buckets.size <= this.maxKeys && (looked >= FORGET_PER_TAKE || now - bucket.at <= this.forgetAfterMs))
        break;
      this.examined += 1;
      looked += 1;
      this.buckets.delete(key);
    }
  }
}
