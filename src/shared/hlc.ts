/**
 * Hybrid logical clock. A timestamp is a fixed-width string so that plain
 * string comparison orders timestamps: `2026-11-23T10:00:00.000Z-0001-9f3c2a7d11e04b58`
 * (wall time, a 4-hex-digit counter, the 16-hex-digit node id).
 */

export const MAX_COUNTER = 0xffff;
/** Remote stamps further ahead of our wall clock than this are refused. */
export const DEFAULT_MAX_DRIFT_MS = 5 * 60 * 1000;

export interface Timestamp {
  millis: number;
  counter: number;
  node: string;
}

const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

export class ClockDriftError extends Error {
  constructor(
    readonly remote: string,
    readonly driftMs: number,
  ) {
    super(`timestamp ${remote} is ${Math.round(driftMs / 1000)} s ahead of this clock`);
    this.name = 'ClockDriftError';
  }
}

export function formatTimestamp(t: Timestamp): string {
  return `${new Date(t.millis).toISOString()}-${t.counter.toString(16).padStart(4, '0')}-${t.node}`;
}

export function parseTimestamp(value: string): Timestamp | null {
  const m = HLC_PATTERN.exec(value);
  if (!m) return null;
  const millis = Date.parse(m[1]!);
  if (!Number.isFinite(millis)) return null;
  return { millis, counter: parseInt(m[2]!, 16), node: m[3]! };
}

export function isTimestamp(value: string): boolean {
  return parseTimestamp(value) !== null;
}

export function isNodeId(value: string): boolean {
  return /^[0-9a-f]{16}$/.test(value);
}

export function randomNodeId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The wall clock is passed in so tests can skew it. The clock never goes
 * backwards: when the counter would overflow within one millisecond, the
 * logical time moves one millisecond ahead of the wall clock instead of failing,
 * which keeps a burst of 100k stamps cheap and still ordered.
 */
export class HybridClock {
  private millis = 0;
  private counter = 0;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    private readonly maxDriftMs: number = DEFAULT_MAX_DRIFT_MS,
  ) {
    if (!isNodeId(node)) throw new Error(`invalid clock node id: ${node}`);
  }

  /** A new timestamp for a local event. */
  send(): string {
    const wall = this.now();
    if (wall > this.millis) {
      this.millis = wall;
      this.counter = 0;
    } else if (this.counter < MAX_COUNTER) {
      this.counter += 1;
    } else {
      this.millis += 1;
      this.counter = 0;
    }
    return formatTimestamp({ millis: this.millis, counter: this.counter, node: this.node });
  }

  /** Advance past a timestamp seen from elsewhere; refuse stamps too far in the future. */
  receive(remote: string): void {
    const r = parseTimestamp(remote);
    if (!r) throw new Error(`invalid timestamp: ${remote}`);
    const wall = this.now();
    if (r.millis - wall > this.maxDriftMs) throw new ClockDriftError(remote, r.millis - wall);
    this.merge(r, wall);
  }

  /**
   * Move past a timestamp this device has stored itself (on reopening a file),
   * without the drift check: refusing our own history would lock the user out.
   */
  catchUp(stored: string): void {
    const r = parseTimestamp(stored);
    if (!r) throw new Error(`invalid timestamp: ${stored}`);
    this.merge(r, this.now());
  }

  private merge(r: Timestamp, wall: number): void {
    const prev = this.millis;
    this.millis = Math.max(prev, r.millis, wall);
    if (this.millis === prev && this.millis === r.millis) {
      this.counter = Math.max(this.counter, r.counter) + 1;
    } else if (this.millis === prev) {
      this.counter += 1;
    } else if (this.millis === r.millis) {
      this.counter = r.counter + 1;
    } else {
      this.counter = 0;
    }
    if (this.counter > MAX_COUNTER) {
      this.millis += 1;
      this.counter = 0;
    }
  }

  /** True when the stamp lies further in the future than this clock accepts. */
  isTooFarAhead(remote: string): boolean {
    const r = parseTimestamp(remote);
    return r !== null && r.millis - this.now() > this.maxDriftMs;
  }

  /** The latest timestamp this clock has issued or seen. */
  last(): string {
    return formatTimestamp({ millis: this.millis, counter: this.counter, node: this.node });
  }
}
