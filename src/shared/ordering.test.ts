import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byOrder, keyBetween, keyForIndex, keysBetween } from './ordering';

describe('fractional ordering', () => {
  it('finds a key between any two keys, and at both ends', () => {
    const first = keyBetween(null, null);
    const after = keyBetween(first, null);
    const before = keyBetween(null, first);
    const mid = keyBetween(before, first);
    expect(before < mid && mid < first && first < after).toBe(true);
  });

  it('keeps inserting between two neighbours without running out', () => {
    let lo = keyBetween(null, null);
    const hi = keyBetween(lo, null);
    for (let i = 0; i < 200; i++) {
      const k = keyBetween(lo, hi);
      expect(lo < k && k < hi).toBe(true);
      lo = k;
    }
  });

  it('property: keyBetween(a, b) lies strictly between a and b', () => {
    const keys = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(keys, (moves) => {
        const list: string[] = [keyBetween(null, null)];
        for (const m of moves) {
          const i = m % (list.length + 1);
          const k = keyBetween(list[i - 1] ?? null, list[i] ?? null);
          list.splice(i, 0, k);
        }
        for (let i = 1; i < list.length; i++) expect(list[i - 1]! < list[i]!).toBe(true);
      }),
    );
  });

  it('spreads n keys evenly and in order', () => {
    const keys = keysBetween(null, null, 500);
    expect(keys).toHaveLength(500);
    expect(new Set(keys).size).toBe(500);
    expect([...keys].sort()).toEqual(keys);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(3);
  });

  it('refuses keys out of order', () => {
    expect(() => keyBetween('b', 'a')).toThrow(/out of order/);
  });

  it('orders equal keys by id so every client agrees', () => {
    const items = [
      { id: 'b', sort_key: 'V' },
      { id: 'a', sort_key: 'V' },
      { id: 'c', sort_key: 'A' },
    ];
    expect(byOrder(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('orders mixed-case keys by code unit, as keys are made (a locale compare would not)', () => {
    // keysBetween hands out 'G', 'V', 'l' for three items: upper case sorts before lower case.
    const keys = keysBetween(null, null, 3);
    expect(keys).toEqual(['G', 'V', 'l']);
    const items = [
      { id: 'x', sort_key: 'l' },
      { id: 'y', sort_key: 'G' },
      { id: 'z', sort_key: 'V' },
    ];
    expect(byOrder(items).map((i) => i.sort_key)).toEqual(['G', 'V', 'l']);
    expect([...keys].sort((a, b) => a.localeCompare(b))).not.toEqual(keys);
  });

  it('places an item at an index among siblings', () => {
    const siblings = keysBetween(null, null, 3).map((sort_key) => ({ sort_key }));
    const k = keyForIndex(siblings, 1);
    expect(siblings[0]!.sort_key < k && k < siblings[1]!.sort_key).toBe(true);
    expect(keyForIndex(siblings, 99) > siblings[2]!.sort_key).toBe(true);
    expect(keyForIndex([], 0)).toBe(keyBetween(null, null));
  });
});
