import { describe, expect, it } from 'vitest';
import { ChangeRejected, checkEdit, parseChanges } from './changes';

const hlc = '2026-11-23T10:00:00.000Z-0000-aaaaaaaaaaaaaaaa';
const row = 'row-00000001';

describe('change validation', () => {
  it('accepts a change that fits the allow-list and the column schema', () => {
    const [c] = parseChanges([{ table: 'touchpoints', row, column: 'emotion', value: 2, hlc }]);
    expect(c).toEqual({ table: 'touchpoints', row, column: 'emotion', value: 2, hlc });
  });

  it('refuses an unknown table', () => {
    expect(() => parseChanges([{ table: 'users', row, column: 'name', value: 'x', hlc }])).toThrow(
      /unknown table "users"/,
    );
  });

  it('refuses an unknown column, including SQL smuggled into a name', () => {
    expect(() => checkEdit({ table: 'departments', column: 'name; DROP TABLE changes', value: 'x' })).toThrow(
      ChangeRejected,
    );
    expect(() => checkEdit({ table: 'departments', column: 'password', value: 'x' })).toThrow(
      /unknown column "password"/,
    );
  });

  it('refuses a value that breaks the column schema', () => {
    expect(() => checkEdit({ table: 'touchpoints', column: 'emotion', value: 3 })).toThrow(/touchpoints.emotion/);
    expect(() => checkEdit({ table: 'departments', column: 'archived', value: 'yes' })).toThrow(ChangeRejected);
    expect(() => checkEdit({ table: 'touchpoints', column: 'stage_id', value: "x' OR 1=1 --" })).toThrow(
      ChangeRejected,
    );
  });

  it('fills schema defaults of object columns', () => {
    const v = checkEdit({ table: 'channels', column: 'constraints', value: { bodyMax: 160 } }) as Record<
      string,
      unknown
    >;
    expect(v.bodyMax).toBe(160);
    expect(v.links).toBe(true);
  });

  it('names the position of the first bad change and rejects the whole batch', () => {
    const good = { table: 'departments', row, column: 'name', value: 'Sales', hlc };
    expect(() => parseChanges([good, { ...good, hlc: 'yesterday' }])).toThrow(/change 2: hlc/);
    expect(() => parseChanges('nope')).toThrow(/must be a list/);
    expect(() => parseChanges([good, good, good], 2)).toThrow(/exceeds 2/);
  });

  it('accepts tombstones on every table', () => {
    expect(checkEdit({ table: 'comments', column: 'tombstone', value: true })).toBe(true);
  });
});
