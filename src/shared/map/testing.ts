import type { FieldEdit } from '../changes';
import { DEFAULT_CHANNELS, DEFAULT_DEPARTMENTS, type Language } from '../default-catalogue';
import { keysBetween } from '../ordering';
import { emptyRow, type Channel, type Department, type Row, type TableName } from '../schema/tables';

/** Test helpers: rows as the write path would materialise them from edits. Used by tests only. */

export type Tables = { [T in TableName]: Map<string, Row<T>> };

export function emptyTables(): Tables {
  const t = {} as Record<string, Map<string, unknown>>;
  for (const name of [
    'workspaces',
    'departments',
    'channels',
    'personas',
    'journeys',
    'stages',
    'touchpoints',
    'transitions',
    'facts',
    'messages',
    'variants',
    'comments',
    'support_systems',
    'backstage_steps',
    'backstage_links',
    'backstage_handoffs',
  ]) {
    t[name] = new Map();
  }
  return t as unknown as Tables;
}

/** Apply edits in order (later wins), creating rows with defaults. */
export function applyEdits(tables: Tables, edits: readonly FieldEdit[]): Tables {
  for (const e of edits) {
    const table = tables[e.table] as Map<string, Record<string, unknown>>;
    let row = table.get(e.row);
    if (!row) table.set(e.row, (row = emptyRow(e.table, e.row) as unknown as Record<string, unknown>));
    row[e.column] = e.value;
  }
  return tables;
}

export function rowsOf<T extends TableName>(tables: Tables, table: T): Row<T>[] {
  return [...(tables[table] as Map<string, Row<T>>).values()];
}

/** A workspace catalogue like a fresh workspace has (ids dept-0…, chan-0…). */
export function defaultCatalogue(language: Language = 'en'): { departments: Department[]; channels: Channel[] } {
  const dk = keysBetween(null, null, DEFAULT_DEPARTMENTS.length);
  const departments = DEFAULT_DEPARTMENTS.map((d, i) => ({
    ...emptyRow('departments', `dept-000${i}`),
    name: d[language],
    color: d.color,
    sort_key: dk[i]!,
  }));
  const ck = keysBetween(null, null, DEFAULT_CHANNELS.length);
  const channels = DEFAULT_CHANNELS.map((c, i) => ({
    ...emptyRow('channels', `chan-${String(i).padStart(4, '0')}`),
    name: c[language],
    kind: c.kind,
    sort_key: ck[i]!,
  }));
  return { departments, channels };
}

/** Sequential ids, readable in failures. */
export function idMaker(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${String((n += 1)).padStart(6, '0')}`;
}
