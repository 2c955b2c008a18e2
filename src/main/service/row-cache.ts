import type { Change } from '../../shared/changes';
import type { Row, TableName } from '../../shared/schema/tables';
import { decodeRow } from '../store/codec';
import type { Queries } from '../store/db';
import type { Published } from './change-feed';

/**
 * A copy of some tables' live rows in main, patched from the change feed with
 * the rows each change touched, plus when each row of some tables was last
 * edited (the newest field stamp, tombstones aside — as `rows.lastEdited`).
 *
 * `version` moves on every change that matters to the copy, so a result
 * computed from it stays valid while the version is the same.
 *
 * Marks made while a refresh reads go to fresh sets (and stamp updates are
 * replayed over a stamp read that was under way), so a change that lands
 * mid-read is read by the next refresh instead of being lost.
 */

const IDS_PER_QUERY = 900;

export class RowCache<T extends TableName> {
  private readonly tables = new Map<T, Map<string, Row<T>>>();
  /** Each table's rows sorted by id, as the page holds them (so results list things in the page's order). */
  private readonly sorted = new Map<T, Row<T>[]>();
  private stale = new Map<T, Set<string>>();
  private reload: Set<T>;
  private readonly cached: ReadonlySet<string>;
  private stamps: Map<string, string> | null = null;
  private stampsStale = true;
  /** Stamp updates seen while the stamps are read; applied over the read. */
  private stampsDuringRead: [string, string][] | null = null;
  version = 0;

  constructor(
    tables: readonly T[],
    private readonly stamped: ReadonlySet<T> = new Set(),
  ) {
    this.cached = new Set(tables);
    this.reload = new Set(tables);
  }

  note({ tables, applied }: Published): void {
    if (applied) {
      for (const c of applied) {
        if (!this.cached.has(c.table)) continue;
        const table = c.table as T;
        this.mark(table, c.row);
        this.version += 1;
        if (c.column !== 'tombstone' && this.stamped.has(table)) this.stamp(c);
      }
    } else {
      for (const t of tables) {
        if (!this.cached.has(t)) continue;
        this.reload.add(t as T);
        if (this.stamped.has(t as T)) this.stampsStale = true;
        this.version += 1;
      }
    }
  }

  private stamp(c: Change): void {
    const before = this.stamps?.get(c.row);
    if (this.stamps && (before === undefined || before < c.hlc)) this.stamps.set(c.row, c.hlc);
    this.stampsDuringRead?.push([c.row, c.hlc]);
  }

  /** Reads what changed since the last refresh: whole tables where needed, else the touched rows. */
  async refresh(db: Queries): Promise<void> {
    const reload = this.reload;
    const stale = this.stale;
    this.reload = new Set();
    this.stale = new Map();
    try {
      await this.read(db, reload, stale);
    } catch (err) {
      // Read again next time: nothing marked is dropped by a failed read.
      for (const t of reload) this.reload.add(t);
      for (const [t, ids] of stale) for (const id of ids) this.mark(t, id);
      throw err;
    }
    if (this.stampsStale && this.stamped.size > 0) await this.readStamps(db);
  }

  private mark(table: T, id: string): void {
    let set = this.stale.get(table);
    if (!set) this.stale.set(table, (set = new Set()));
    set.add(id);
  }

  private async read(db: Queries, reload: ReadonlySet<T>, stale: Map<T, Set<string>>): Promise<void> {
    for (const table of reload) {
      // Names come from the caller's list of tables of the allow-list.
      const raw = await db.all(`SELECT * FROM "${table}" WHERE tombstone = 0`);
      this.tables.set(table, new Map(raw.map((r) => [r.id as string, decodeRow(table, r)])));
      this.sorted.delete(table);
      stale.delete(table);
    }
    for (const [table, ids] of stale) {
      const rows = this.tables.get(table)!;
      this.sorted.delete(table);
      const list = [...ids];
      for (let i = 0; i < list.length; i += IDS_PER_QUERY) {
        const part = list.slice(i, i + IDS_PER_QUERY);
        const raw = await db.all(`SELECT * FROM "${table}" WHERE id IN (${part.map(() => '?').join(',')})`, part);
        for (const r of raw) {
          const row = decodeRow(table, r);
          if (row.tombstone) rows.delete(row.id);
          else rows.set(row.id, row);
        }
      }
    }
  }

  private async readStamps(db: Queries): Promise<void> {
    this.stampsStale = false;
    this.stampsDuringRead = [];
    const stamps = new Map<string, string>();
    try {
      for (const table of this.stamped) {
        const rows = await db.all<{ row_id: string; hlc: string }>(
          "SELECT row_id, max(hlc) AS hlc FROM field_clock WHERE tbl = ? AND col <> 'tombstone' GROUP BY row_id",
          [table],
        );
        for (const r of rows) stamps.set(r.row_id, r.hlc);
      }
      for (const [row, hlc] of this.stampsDuringRead) {
        const before = stamps.get(row);
        if (before === undefined || before < hlc) stamps.set(row, hlc);
      }
      this.stamps = stamps;
    } catch (err) {
      this.stampsStale = true;
      throw err;
    } finally {
      this.stampsDuringRead = null;
    }
  }

  rows<U extends T>(table: U): readonly Row<U>[] {
    let list = this.sorted.get(table);
    if (!list) {
      list = [...(this.tables.get(table)?.values() ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.sorted.set(table, list);
    }
    return list as unknown as readonly Row<U>[];
  }

  /** Last edit stamps by row id of the stamped tables (empty before the first refresh). */
  lastEdited(): ReadonlyMap<string, string> {
    return this.stamps ?? new Map();
  }
}
