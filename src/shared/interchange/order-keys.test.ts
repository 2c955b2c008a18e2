import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysBetween } from '../ordering';
import { orderKeys } from './order-keys';

describe('orderKeys', () => {
  it('keeps keys already in order and writes none', () => {
    expect(orderKeys(['F', 'V', 'k'])).toEqual({ keys: ['F', 'V', 'k'], kept: [true, true, true] });
  });

  it('places new slots between their kept neighbours', () => {
    const { keys, kept } = orderKeys(['F', null, null, 'V', null]);
    expect(kept).toEqual([true, false, false, true, false]);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(5);
  });

  it('moves the fewest: one row out of place gets a new key, the others stay', () => {
    const { kept } = orderKeys(['V', 'F', 'k', 'p']);
    expect(kept.filter((k) => !k)).toHaveLength(1);
  });

  it('of equal keys (a step split in two) keeps the first', () => {
    expect(orderKeys(['V', 'V', 'a']).kept).toEqual([true, false, true]);
  });

  it('keeps an unset key only where nothing comes before it', () => {
    expect(orderKeys(['', 'V']).kept).toEqual([true, true]);
    const { keys, kept } = orderKeys([null, '', 'V']);
    expect(kept).toEqual([false, false, true]);
    expect(keys[0]! < keys[1]! && keys[1]! < keys[2]!).toBe(true);
  });

  it('always gives strictly increasing keys, with or without salt', () => {
    const pool = keysBetween(null, null, 30);
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...pool, ''), { nil: null }), { maxLength: 40 }),
        fc.constantFrom('', 'q7', 'Z0'),
        (current, salt) => {
          const { keys } = orderKeys(current, salt);
          for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]!).toBe(true);
        },
      ),
    );
  });
});
