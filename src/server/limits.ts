import { RateLimiter, type RateLimit } from './rate-limit';

/**
 * The server's production limits in one place (the README's table is made
 * from the same numbers). Tests of security run with exactly these.
 */
export interface ServerLimits {
  /** Per verified token. */
  perToken: RateLimit;
  /** Per client address: every request without a token this instance has verified (sign-up, login, unknown bearers). */
  perAddress: RateLimit;
  /** Failed logins per client address, and per e-mail address whatever the client. */
  loginFailuresPerAddress: RateLimit;
  loginFailuresPerEmail: RateLimit;
  /** Open live event streams. */
  streamsPerToken: number;
  streamsPerAddress: number;
  /** Rate-limit buckets kept per limiter; the least recently used go first. */
  maxBuckets: number;
}

export const PRODUCTION_LIMITS: ServerLimits = {
  perToken: { burst: 200, perSecond: 50 },
  perAddress: { burst: 20, perSecond: 1 },
  loginFailuresPerAddress: { burst: 10, perSecond: 1 / 30 },
  loginFailuresPerEmail: { burst: 10, perSecond: 1 / 60 },
  streamsPerToken: 32,
  streamsPerAddress: 128,
  maxBuckets: 50_000,
};

/** One instance's buckets. */
export interface Limiters {
  token: RateLimiter;
  address: RateLimiter;
  loginByAddress: RateLimiter;
  loginByEmail: RateLimiter;
}

export function limiters(limits: ServerLimits, now: () => number): Limiters {
  const make = (limit: RateLimit) => new RateLimiter(limit, now, { maxKeys: limits.maxBuckets });
  return {
    token: make(limits.perToken),
    address: make(limits.perAddress),
    loginByAddress: make(limits.loginFailuresPerAddress),
    loginByEmail: make(limits.loginFailuresPerEmail),
  };
}
