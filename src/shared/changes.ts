import { z } from 'zod';
import { isTimestamp } from './hlc';
import { columnDef, isTableName, type TableName } from './schema/tables';
import { idSchema } from './schema/columns';

/**
 * The change model: every write is a list of field changes. A change sets one
 * column of one row to a value at a hybrid-logical-clock time; the newest change
 * per field wins, whatever order changes arrive in.
 */

export type ChangeValue = string | number | boolean | null | string[] | Record<string, unknown>;

export interface Change {
  table: TableName;
  row: string;
  column: string;
  value: ChangeValue;
  hlc: string;
}

/** An edit before the clock has stamped it. */
export type FieldEdit = Omit<Change, 'hlc'>;

export const MAX_BATCH = 200_000;

export class ChangeRejected extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(index >= 0 ? `change ${index + 1}: ${message}` : message);
    this.name = 'ChangeRejected';
  }
}

const jsonValue: z.ZodType<ChangeValue> = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
  z.record(z.string(), z.unknown()),
]);

/** The wire shape; names are checked against the allow-list separately. */
export const rawChangeSchema = z.object({
  table: z.string().max(64),
  row: idSchema,
  column: z.string().max(64),
  value: jsonValue,
  hlc: z.string().max(64).refine(isTimestamp, 'must be a hybrid logical clock timestamp'),
});

export const fieldEditSchema = rawChangeSchema.omit({ hlc: true });

/**
 * Check a change's table and column against the allow-list and its value
 * against the column schema. Returns the value as the column stores it
 * (schema defaults filled in), or throws ChangeRejected.
 */
export function checkEdit(edit: { table: string; column: string; value: unknown }, index = -1): ChangeValue {
  if (!isTableName(edit.table)) throw new ChangeRejected(`unknown table "${edit.table}"`, index);
  const def = columnDef(edit.table, edit.column);
  if (!def) throw new ChangeRejected(`unknown column "${edit.column}" in table "${edit.table}"`, index);
  const parsed = def.schema.safeParse(edit.value);
  if (!parsed.success) {
    const why = parsed.error.issues[0]?.message ?? 'invalid value';
    throw new ChangeRejected(`${edit.table}.${edit.column}: ${why}`, index);
  }
  return parsed.data as ChangeValue;
}

/** Parse an untrusted batch (a sync payload, an import). All or nothing. */
export function parseChanges(input: unknown, maxBatch = MAX_BATCH): Change[] {
  if (!Array.isArray(input)) throw new ChangeRejected('changes must be a list', -1);
  if (input.length > maxBatch) throw new ChangeRejected(`batch of ${input.length} changes exceeds ${maxBatch}`, -1);
  return input.map((item, index) => {
    const parsed = rawChangeSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ChangeRejected(`${issue?.path.join('.') || 'change'}: ${issue?.message ?? 'invalid'}`, index);
    }
    const value = checkEdit(parsed.data, index);
    return { ...parsed.data, table: parsed.data.table as TableName, value };
  });
}

/** The key of the field a change sets. */
export function fieldKey(c: { table: string; row: string; column: string }): string {
  return `${c.table}\u0000${c.row}\u0000${c.column}`;
}
