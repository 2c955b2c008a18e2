import type { ChangeValue } from '../../shared/changes';
import type { ColumnDef } from '../../shared/schema/columns';
import { TABLES, tombstoneColumn, type Row, type TableName } from '../../shared/schema/tables';
import type { SqlValue } from './db';

/** How a column value is stored in its entity table. */
export function toSql(def: ColumnDef, value: ChangeValue): SqlValue {
  if (def.bool) return value ? 1 : 0;
  if (def.json) return JSON.stringify(value);
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  return JSON.stringify(value);
}

function fromSql(def: ColumnDef, value: unknown): unknown {
  if (def.bool) return value === 1 || value === true;
  if (def.json) {
    if (typeof value !== 'string') return def.fallback;
    try {
      const parsed = def.schema.safeParse(JSON.parse(value));
      return parsed.success ? parsed.data : def.fallback;
    } catch {
      return def.fallback;
    }
  }
  return value ?? def.fallback;
}

/** An entity row as the rest of the app sees it (booleans, lists, objects). */
export function decodeRow<T extends TableName>(table: T, raw: Record<string, unknown>): Row<T> {
  const row: Record<string, unknown> = { id: raw.id, tombstone: fromSql(tombstoneColumn, raw.tombstone) };
  for (const [name, def] of Object.entries(TABLES[table] as Record<string, ColumnDef>)) {
    row[name] = fromSql(def, raw[name]);
  }
  return row as Row<T>;
}
