/**
 * Fractional ordering: a sort key is a string of base-62 digits read as a
 * fraction. Between any two keys there is always another, so moving an item
 * writes one field, and two people reordering at once both keep their moves.
 * Equal keys (two clients inserting at the same spot) are ordered by id.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

function digit(ch: string | undefined): number {
  if (ch === undefined) return 0;
  const d = DIGITS.indexOf(ch);
  if (d < 0) throw new Error(`invalid sort key digit "${ch}"`);
  return d;
}

function assertKey(key: string): void {
  for (const ch of key) digit(ch);
  if (key.endsWith('0')) throw new Error(`sort key "${key}" must not end in 0`);
}

/** The fraction strictly between a and b ('' = before everything, null = after everything). */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0;
    while (n < b.length && (a[n] ?? '0') === b[n]) n += 1;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const da = digit(a[0]);
  const db = b === null ? BASE : digit(b[0]);
  if (db - da > 1) return DIGITS[Math.round((da + db) / 2)]!;
  // The first digits are adjacent: b's first digit alone still lies above a
  // when b continues; otherwise extend a with a digit of its own.
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS[da]! + midpoint(a.slice(1), null);
}

/** A key that sorts after `before` and before `after` (either may be absent). */
export function keyBetween(before: string | null | undefined, after: string | null | undefined): string {
  const a = before ?? '';
  const b = after ?? null;
  assertKey(a);
  if (b !== null) {
    assertKey(b);
    if (b === '') return midpoint(a, null);
    if (a >= b) throw new Error(`sort keys out of order: "${a}" is not before "${b}"`);
  }
  return midpoint(a, b);
}

/** n keys spread evenly between two keys, kept short by bisecting. */
export function keysBetween(before: string | null | undefined, after: string | null | undefined, n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [keyBetween(before, after)];
  const mid = keyBetween(before, after);
  const left = Math.floor((n - 1) / 2);
  return [...keysBetween(before, mid, left), mid, ...keysBetween(mid, after, n - 1 - left)];
}

/** Sort by key, then id, the order every client agrees on. */
export function compareOrdered(a: { sort_key: string; id: string }, b: { sort_key: string; id: string }): number {
  if (a.sort_key !== b.sort_key) return a.sort_key < b.sort_key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function byOrder<T extends { sort_key: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort(compareOrdered);
}

/** The key that places an item at `index` among `siblings` (already sorted, the item itself excluded). */
export function keyForIndex(siblings: readonly { sort_key: string }[], index: number): string {
  const i = Math.max(0, Math.min(index, siblings.length));
  const before = i > 0 ? siblings[i - 1]!.sort_key : null;
  const after = i < siblings.length ? siblings[i]!.sort_key : null;
  // Siblings with equal keys (concurrent inserts) leave no room; go past them.
  if (before !== null && after !== null && before >= after) return keyBetween(before, null);
  return keyBetween(before, after);
}
