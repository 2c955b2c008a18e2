import Database from 'better-sqlite3';
import type { Change } from '../src/shared/changes';
import { columnDef, type TableName } from '../src/shared/schema/tables';
import { toSql } from '../src/main/store/codec';

/**
 * The honest yardstick for the write path: the same three-table work — log
 * every change, move each field's clock, upsert the entity rows — done through
 * better-sqlite3 (synchronous, in-process, the fastest Node SQLite driver) on a
 * workspace file with the same schema, in one transaction. The write path's
 * extra duties (conflict detection, undo information) are left out here, so
 * the reference is, if anything, flattering to itself.
 */
export function referenceApply(file: string, changes: readonly Change[]): number {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const start = performance.now();
    const log = db.prepare('INSERT OR IGNORE INTO changes (hlc, tbl, row_id, col, value) VALUES (?, ?, ?, ?, ?)');
    const clockOf = db.prepare('SELECT hlc FROM field_clock WHERE tbl = ? AND row_id = ? AND col = ?');
    const clock = db.prepare(
      'INSERT INTO field_clock (tbl, row_id, col, hlc, value) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, value = excluded.value',
    );
    const upserts = new Map<string, Database.Statement>();
    const upsert = (table: TableName, columns: string[]): Database.Statement => {
      const key = `${table}:${columns.join(',')}`;
      let stmt = upserts.get(key);
      if (!stmt) {
        const names = columns.map((c) => `"${c}"`).join(', ');
        const update = columns.map((c) => `"${c}" = excluded."${c}"`).join(', ');
        stmt = db.prepare(
          `INSERT INTO "${table}" (id, ${names}) VALUES (?${', ?'.repeat(columns.length)}) ON CONFLICT (id) DO UPDATE SET ${update}`,
        );
        upserts.set(key, stmt);
      }
      return stmt;
    };
    db.transaction(() => {
      const rows = new Map<string, { table: TableName; row: string; fields: Map<string, Change['value']> }>();
      for (const c of changes) {
        const value = JSON.stringify(c.value);
        log.run(c.hlc, c.table, c.row, c.column, value);
        const before = clockOf.get(c.table, c.row, c.column) as { hlc: string } | undefined;
        if (before && before.hlc >= c.hlc) continue;
        clock.run(c.table, c.row, c.column, c.hlc, value);
        const key = `${c.table}\u0000${c.row}`;
        let entry = rows.get(key);
        if (!entry) rows.set(key, (entry = { table: c.table, row: c.row, fields: new Map() }));
        entry.fields.set(c.column, c.value);
      }
      for (const { table, row, fields } of rows.values()) {
        const columns = [...fields.keys()].sort();
        upsert(table, columns).run(row, ...columns.map((name) => toSql(columnDef(table, name)!, fields.get(name)!)));
      }
    })();
    return performance.now() - start;
  } finally {
    db.close();
  }
}
