import { z } from 'zod';
import { isWellFormed, UNPAIRED_SURROGATE } from '../text';

/**
 * A column of a replicated table: how its value is validated, how it is stored
 * in SQL, and the value a row has before any change has set it. Changes may
 * arrive in any order, so every column needs a default.
 */
export interface ColumnDef<S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  readonly sql: 'TEXT' | 'INTEGER';
  /** Stored as JSON text (lists and objects). */
  readonly json: boolean;
  /** Stored as 0/1. */
  readonly bool: boolean;
  readonly fallback: z.infer<S>;
}

function def<S extends z.ZodType>(
  schema: S,
  sql: 'TEXT' | 'INTEGER',
  fallback: z.infer<S>,
  flags: { json?: boolean; bool?: boolean } = {},
): ColumnDef<S> {
  return { schema, sql, fallback, json: flags.json ?? false, bool: flags.bool ?? false };
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
export const idSchema = z.string().regex(ID_PATTERN, 'must be an id of 8–64 letters, digits, - or _');

/** Text kept exactly as typed: refused rather than silently changed when it is not valid Unicode. */
const storable = (max: number) => z.string().max(max).refine(isWellFormed, UNPAIRED_SURROGATE);

export const col = {
  /** A short single-line text such as a name or title. */
  text: (max = 200) => def(storable(max), 'TEXT', ''),
  /** Free text: descriptions, notes, message bodies. */
  longText: (max = 20000) => def(storable(max), 'TEXT', ''),
  bool: (fallback = false) => def(z.boolean(), 'INTEGER', fallback, { bool: true }),
  int: (min: number, max: number, fallback: number) => def(z.number().int().min(min).max(max), 'INTEGER', fallback),
  /** A reference to another row; null when unset. */
  ref: () => def(idSchema.nullable(), 'TEXT', null),
  refs: () => def(z.array(idSchema).max(500), 'TEXT', [] as string[], { json: true }),
  strings: (maxItems = 500, maxLength = 200) =>
    def(z.array(storable(maxLength)).max(maxItems), 'TEXT', [] as string[], { json: true }),
  enumOf: <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
    def(z.enum(values), 'TEXT', fallback),
  /** Fractional sort key (see ordering.ts); empty sorts first. */
  sortKey: () =>
    def(
      z
        .string()
        .max(200)
        .regex(/^[0-9A-Za-z]*$/),
      'TEXT',
      '',
    ),
  /** An ISO date-time or null. */
  dateTime: () => def(z.iso.datetime().nullable(), 'TEXT', null),
  colour: (fallback: string) => def(z.string().regex(/^#[0-9a-fA-F]{6}$/), 'TEXT', fallback),
  object: <S extends z.ZodType>(schema: S, fallback: z.infer<S>) => def(schema, 'TEXT', fallback, { json: true }),
};
