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

/**
 * A key strictly between two keys that another device inserting at the same
 * spot at the same moment will not also pick: keyBetween is deterministic, so
 * two concurrent inserts would get equal keys — harmless where the id breaks
 * the tie, wrong where equal keys mean something (touchpoints with equal step
 * keys are parallel). `salt` (base-62 digits, e.g. from the new row's id or a
 * random source) is appended where it keeps the key below `after`.
 */
export function freshKeyBetween(
  before: string | null | undefined,
  after: string | null | undefined,
  salt: string,
): string {
  const clean = [...salt]
    .filter((ch) => DIGITS.includes(ch))
    .join('')
    .replace(/0+$/, '');
  const base = keyBetween(before, after);
  if (clean === '') return base;
  const b = after ?? null;
  if (b === null || b === '' || !b.startsWith(base)) return base + clean;
  // base is a prefix of after: after = base + rest. One zero more than rest starts with keeps us below it.
  const rest = b.slice(base.length);
  const zeros = rest.length - rest.replace(/^0+/, '').length;
  return base + '0'.repeat(zeros + 1) + clean;
}

/** A few base-62 digits from a source of randomness, for freshKeyBetween. */
export function saltOf(random: () => number, length = 3): string {
  let out = '';
  for (let i = 0; i < length; i++) out += DIGITS[1 + Math.floor(random() * (BASE - 1))]!;
  return out;
}
