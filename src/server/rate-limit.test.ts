import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows a burst, then one request per refill interval, per key', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perSecond: 2 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(500);
    expect(limiter.take('b')).toBe(0);
    now += 500;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(500);
    now += 60_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([0, 0, 0, 500]);
  });

  it('does not punish a clock that steps back', () => {
    let now = 10_000;
    const limiter = new RateLimiter({ burst: 2, perSecond: 1 }, () => now);
    limiter.take('a');
    now = 0;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1000);
  });
});

describe('RateLimiter under junk keys', () => {
  it('keeps at most maxKeys buckets and looks at a bounded number of them per request', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 5, perSecond: 1 }, () => now, { forgetAfterMs: 60_000, maxKeys: 1_000 });
    const takes = 30_000;
    for (let i = 0; i < takes; i++) {
      if (i % 1000 === 0) now += 10;
      limiter.take(`junk-${i}`);
    }
    expect(limiter.size).toBeLessThanOrEqual(1_000);
    // Amortised constant work: each request examines a handful of buckets at most, whatever the key count.
    expect(limiter.examined / takes).toBeLessThan(3);
  });

  it('forgets idle buckets without a sweep over all of them', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 2, perSecond: 1 }, () => now, { forgetAfterMs: 1_000, maxKeys: 10_000 });
    for (let i = 0; i < 5_000; i++) limiter.take(`k${i}`);
    now += 5_000;
    limiter.take('fresh');
    limiter.take('fresh');
    expect(limiter.size).toBeLessThan(5_000);
    expect(limiter.examined).toBeLessThan(3 * 5_002);
  });

  it('an evicted bucket starts full, an active one keeps its debt', () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 1 }, () => 0, { forgetAfterMs: 60_000, maxKeys: 3 });
    expect(limiter.take('busy')).toBe(0);
    expect(limiter.take('busy')).toBe(1000);
    limiter.take('a');
    limiter.take('b');
    // 'busy' was used last before a and b; c evicts the least recently used, which is 'busy'.
    limiter.take('c');
    expect(limiter.size).toBe(3);
    expect(limiter.peek('busy')).toBe(0);
    expect(limiter.peek('c')).toBe(1000);
  });
});
