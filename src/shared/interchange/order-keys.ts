import { freshKeyBetween, keyBetween, keysBetween } from '../ordering';

/**
 * Fractional keys for a list in the order a file gives, writing as few as
 * possible: the longest run of current keys that is already increasing stays
 * (those rows are not touched, so moves made meanwhile on another device
 * survive), and only the others get new keys between their kept neighbours.
 */

/** Indices of a longest strictly increasing subsequence of the non-null keys. */
function longestIncreasing(keys: readonly (string | null)[]): Set<number> {
  const tails: number[] = [];
  const before = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, i) => {
    if (key === null) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    // An equal key later on extends nothing further: the earlier row keeps its place.
    if (lo < tails.length && keys[tails[lo]!] === key) return;
    if (lo > 0) before[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = before[i]!) kept.add(i);
  return kept;
}

export interface OrderedKeys {
  keys: string[];
  /** True where the slot keeps its current key. */
  kept: boolean[];
}

/**
 * `current[i]`: the key slot i has now (null for a new row; '' is the key
 * of a row never ordered, which sorts first). `salt` keeps a single new key apart from one another
 * device picks at the same spot ('' for a new journey, where nobody else can).
 */
export function orderKeys(current: readonly (string | null)[], salt = ''): OrderedKeys {
  const usable = current.map((k) => (k === null ? null : k));
  const keep = longestIncreasing(usable);
  // '' sorts before every key, so nothing can be placed before a kept ''.
  const blank = usable.findIndex((k, i) => k === '' && keep.has(i));
  if (blank > 0) keep.delete(blank);
  const keys = new Array<string>(current.length);
  const kept = current.map((_, i) => keep.has(i));
  let i = 0;
  while (i < current.length) {
    if (kept[i]) {
      keys[i] = usable[i]!;
      i += 1;
      continue;
    }
    let j = i;
    while (j < current.length && !kept[j]) j += 1;
    const before = i > 0 ? keys[i - 1]! : null;
    const after = j < current.length ? usable[j]! : null;
    const run =
      j - i === 1
        ? [salt ? freshKeyBetween(before, after, salt) : keyBetween(before, after)]
        : keysBetween(before, after, j - i);
    run.forEach((k, n) => (keys[i + n] = k));
    i = j;
  }
  return { keys, kept };
}
