import { describe, expect, it } from 'vitest';
import { ClockDriftError, HybridClock, MAX_COUNTER, formatTimestamp, parseTimestamp } from './hlc';

const NODE_A = 'aaaaaaaaaaaaaaaa';
const NODE_B = 'bbbbbbbbbbbbbbbb';

describe('HybridClock', () => {
  it('formats and parses a timestamp losslessly', () => {
    const t = { millis: Date.UTC(2026, 10, 23, 10, 0, 0, 5), counter: 0x2a, node: NODE_A };
    const s = formatTimestamp(t);
    expect(s).toBe('2026-11-23T10:00:00.005Z-002a-aaaaaaaaaaaaaaaa');
    expect(parseTimestamp(s)).toEqual(t);
    expect(parseTimestamp('2026-11-23T10:00:00.005Z-002a-short')).toBeNull();
  });

  it('issues strictly increasing stamps even when the wall clock stands still or goes back', () => {
    let wall = 1_000_000;
    const clock = new HybridClock(NODE_A, () => wall);
    const stamps = [clock.send(), clock.send()];
    wall -= 500;
    stamps.push(clock.send());
    wall += 10_000;
    stamps.push(clock.send());
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]! > stamps[i - 1]!).toBe(true);
  });

  it('moves one millisecond ahead instead of overflowing the counter', () => {
    const clock = new HybridClock(NODE_A, () => 5000);
    let last = '';
    for (let i = 0; i <= MAX_COUNTER + 2; i++) {
      const next = clock.send();
      expect(next > last).toBe(true);
      last = next;
    }
    expect(parseTimestamp(last)!.millis).toBe(5001);
  });

  it('after receiving a remote stamp, every local stamp is newer than it', () => {
    const a = new HybridClock(NODE_A, () => 1000);
    const b = new HybridClock(NODE_B, () => 9000);
    const remote = b.send();
    a.receive(remote);
    expect(a.send() > remote).toBe(true);
  });

  it('refuses a stamp too far in the future and does not move', () => {
    const a = new HybridClock(NODE_A, () => 1_000_000, 60_000);
    const before = a.send();
    const future = formatTimestamp({ millis: 1_000_000 + 120_000, counter: 0, node: NODE_B });
    expect(() => a.receive(future)).toThrow(ClockDriftError);
    expect(a.last()).toBe(before);
    expect(a.isTooFarAhead(future)).toBe(true);
  });

  it('catches up with its own stored history without the drift check', () => {
    const a = new HybridClock(NODE_A, () => 1_000_000, 60_000);
    const stored = formatTimestamp({ millis: 5_000_000, counter: 3, node: NODE_A });
    a.catchUp(stored);
    expect(a.send() > stored).toBe(true);
  });

  it('rejects an invalid node id', () => {
    expect(() => new HybridClock('xyz')).toThrow(/node id/);
  });
});
