import type { FieldEdit } from './changes';
import type { RowFields, TableName } from './schema/tables';

/** The field edits that write these fields of one row (creating it when the id is new). */
export function rowEdits<T extends TableName>(table: T, row: string, fields: RowFields<T>): FieldEdit[] {
  return Object.entries(fields).map(([column, value]) => ({ table, row, column, value: value as FieldEdit['value'] }));
}

/** One field of one row, typed by its column. */
export function fieldEdit<T extends TableName, C extends keyof RowFields<T> & string>(
  table: T,
  row: string,
  column: C,
  value: NonNullable<RowFields<T>[C]> | null,
): FieldEdit {
  return { table, row, column, value };
}

/** Deleting a row is a change too: its tombstone. */
export function tombstoneEdit(table: TableName, row: string): FieldEdit {
  return { table, row, column: 'tombstone', value: true };
}

export function tablesOf(edits: readonly FieldEdit[]): TableName[] {
  return [...new Set(edits.map((e) => e.table))];
}
