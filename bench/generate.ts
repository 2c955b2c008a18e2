import { emptyRow, type Row, type TableName } from '../src/shared/schema/tables';

/** mulberry32: small, fast and good enough to scatter benchmark data the same way every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const id = (prefix: string, n: number): string => `${prefix}-${String(n).padStart(8, '0')}`;

/** A row with defaults, overridden by the fields given. */
export const row = <T extends TableName>(table: T, rowId: string, fields: Partial<Row<T>>): Row<T> => ({
  ...emptyRow(table, rowId),
  ...fields,
});
