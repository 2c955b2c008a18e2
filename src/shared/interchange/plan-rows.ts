import type { FieldEdit } from '../changes';
import { columnDef, type Row, type RowFields, type TableName } from '../schema/tables';

/**
 * The import writes the difference between the rows a file describes and the
 * rows there are: a new row gets its fields (those not at their default), an
 * existing one only the fields that differ. Nothing else is touched, so an
 * unchanged file writes nothing and a small edit writes a few fields.
 */

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

export class EditList {
  readonly edits: FieldEdit[] = [];

  /** Write `desired` into row `id`; `current` is the row as it is (undefined: new). Returns the columns written. */
  sync<T extends TableName>(table: T, id: string, current: Row<T> | undefined, desired: RowFields<T>): string[] {
    const changed: string[] = [];
    for (const [column, value] of Object.entries(desired)) {
      if (value === undefined) continue;
      if (current === undefined) {
        if (sameValue(value, columnDef(table, column)?.fallback)) continue;
      } else if (sameValue(value, (current as Record<string, unknown>)[column])) continue;
      this.edits.push({ table, row: id, column, value: value as FieldEdit['value'] });
      changed.push(column);
    }
    // A new row whose fields are all at their default still needs one write to exist.
    if (current === undefined && changed.length === 0) {
      const [column, value] = Object.entries(desired)[0] ?? [];
      if (column !== undefined) this.edits.push({ table, row: id, column, value: value as FieldEdit['value'] });
    }
    return changed;
  }

  set(table: TableName, row: string, column: string, value: FieldEdit['value']): void {
    this.edits.push({ table, row, column, value });
  }
}
