import { ChangeRejected, fieldKey, type Change, type ChangeValue } from '../../shared/changes';
import { parseTimestamp, type HybridClock } from '../../shared/hlc';
import { columnDef, type TableName } from '../../shared/schema/tables';
import { toSql } from './codec';
import type { Db, Queries, SqlValue } from './db';

/**
 * The one function that writes entity tables. A batch of field changes, local
 * or remote, is applied in one transaction: every change is recorded in the log,
 * and a field's materialised value moves only when the change is newer than the
 * field's clock. Same batch twice, or batches in any order: same database.
 *
 * Batching is the speed. Rows travel to SQLite as one JSON text per statement
 * and are unpacked there by json_each: the driver then converts one string
 * instead of tens of thousands of bound parameters (which cost two thirds of
 * the time when this used 30,000-parameter statements), so 100k changes cost a
 * handful of statements and almost no JavaScript.
 */

/** Rows per statement: bounds the size of one JSON text (a few MB). */
const ROWS_PER_STATEMENT = 20000;

/** The field's value before this batch, as JSON text; null when never set. */
export interface PreviousField {
  hlc: string;
  value: string;
}

export interface ApplyOutcome {
  /** Changes that moved a field (the newest per field, newer than what was there). */
  applied: Change[];
  tables: TableName[];
  /** For every field the batch won: its value before, or null when it was never set. */
  previous: Map<string, PreviousField | null>;
  /** Rows that had no field at all before this batch. */
  createdRows: Set<string>;
  conflicts: number;
}

export interface ApplyOptions {
  /** Advance this clock past the newest stamp (remote changes). */
  clock?: HybridClock;
  /** This device's node id: a remote change overwriting one of ours is a conflict worth showing. */
  localNode?: string;
  now?: () => Date;
  /**
   * More statements for the same transaction, run after the batch is written:
   * sync advances its cursor here, so a page and its cursor commit together.
   */
  extra?: (tx: Queries) => Promise<void>;
}

const nodeOf = (hlc: string): string => hlc.slice(-16);
const rowKey = (table: string, row: string): string => `${table}\u0000${row}`;

function chunk<T>(items: readonly T[], perChunk: number): T[][] {
  if (items.length <= perChunk) return [items as T[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += perChunk) out.push(items.slice(i, i + perChunk));
  return out;
}

/** The fields of one json_each row (an array) as SQL values; json_extract measured a third faster than ->>. */
function unpacked(width: number): string {
  return Array.from({ length: width }, (_, i) => `json_extract(value, '$[${i}]')`).join(', ');
}

/**
 * `head` names the table and columns; `tail` is an ON CONFLICT clause or ''.
 * Rows are arrays of strings, numbers and nulls (a Buffer never reaches an entity table).
 */
async function insertMany(
  tx: Queries,
  head: string,
  tail: string,
  width: number,
  rows: readonly SqlValue[][],
): Promise<void> {
  if (rows.length === 0) return;
  // "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint of the SELECT.
  const sql = `${head} SELECT ${unpacked(width)} FROM json_each(?) WHERE true ${tail}`;
  for (const part of chunk(rows, ROWS_PER_STATEMENT)) await tx.run(sql, [JSON.stringify(part)]);
}

/** Every name that reaches SQL text comes through here. */
function assertAllowed(change: Change, index: number): void {
  if (!columnDef(change.table, change.column)) {
    throw new ChangeRejected(`unknown table or column "${change.table}.${change.column}"`, index);
  }
}

interface Conflict {
  change: Change;
  keptHlc: string;
  keptValue: string;
  lostHlc: string;
  lostValue: string;
}

export async function applyChanges(
  db: Db,
  changes: readonly Change[],
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  // Parallel arrays, not maps keyed by change: at 100k changes the maps' garbage was a visible share of the time.
  const count = changes.length;
  const keys = new Array<string>(count);
  const encoded = new Array<string>(count);
  /** Newest change per field within the batch (its index); older ones only go to the log. */
  const newest = new Map<string, number>();
  let maxHlc = '';
  for (let i = 0; i < count; i += 1) {
    const c = changes[i]!;
    assertAllowed(c, i);
    encoded[i] = JSON.stringify(c.value);
    if (c.hlc > maxHlc) maxHlc = c.hlc;
    const key = (keys[i] = fieldKey(c));
    const seen = newest.get(key);
    if (seen === undefined || c.hlc > changes[seen]!.hlc) newest.set(key, i);
  }
  if (maxHlc && options.clock) options.clock.receive(maxHlc);
  const recordedAt = (options.now ?? (() => new Date()))().toISOString();

  return db.transaction(async (tx) => {
    const existing = await loadFieldClocks(tx, changes, newest.values());
    const conflicts: Conflict[] = [];
    const applied: Change[] = [];
    const appliedValues: string[] = [];
    const previous = new Map<string, PreviousField | null>();
    const createdRows = new Set<string>();

    if (newest.size < count) {
      for (let i = 0; i < count; i += 1) {
        const w = newest.get(keys[i]!)!;
        if (w === i) continue;
        const c = changes[i]!;
        const winner = changes[w]!;
        if (winner.hlc !== c.hlc && nodeOf(winner.hlc) !== nodeOf(c.hlc) && encoded[w] !== encoded[i]) {
          conflicts.push({
            change: c,
            keptHlc: winner.hlc,
            keptValue: encoded[w]!,
            lostHlc: c.hlc,
            lostValue: encoded[i]!,
          });
        }
      }
    }

    for (const [key, i] of newest) {
      const c = changes[i]!;
      const before = existing.fields.get(key);
      const value = encoded[i]!;
      if (before && before.hlc >= c.hlc) {
        if (before.hlc > c.hlc && nodeOf(before.hlc) !== nodeOf(c.hlc) && before.value !== value) {
          conflicts.push({ change: c, keptHlc: before.hlc, keptValue: before.value, lostHlc: c.hlc, lostValue: value });
        }
        continue;
      }
      if (
        before &&
        options.localNode &&
        nodeOf(before.hlc) === options.localNode &&
        nodeOf(c.hlc) !== options.localNode &&
        before.value !== value &&
        (await overwroteUnseen(tx, c, before))
      ) {
        conflicts.push({ change: c, keptHlc: c.hlc, keptValue: value, lostHlc: before.hlc, lostValue: before.value });
      }
      applied.push(c);
      appliedValues.push(value);
      previous.set(key, before ?? null);
      if (!existing.rows.has(rowKey(c.table, c.row))) createdRows.add(rowKey(c.table, c.row));
    }

    await insertMany(
      tx,
      'INSERT OR IGNORE INTO changes (hlc, tbl, row_id, col, value)',
      '',
      5,
      changes.map((c, i) => [c.hlc, c.table, c.row, c.column, encoded[i]!]),
    );
    await insertMany(
      tx,
      'INSERT INTO field_clock (tbl, row_id, col, hlc, value)',
      'ON CONFLICT (tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, value = excluded.value',
      5,
      applied.map((c, i) => [c.table, c.row, c.column, c.hlc, appliedValues[i]!]),
    );
    await writeEntities(tx, applied);
    if (conflicts.length > 0) {
      await insertMany(
        tx,
        'INSERT INTO conflicts (tbl, row_id, col, kept_hlc, kept_value, lost_hlc, lost_value, recorded_at)',
        '',
        8,
        conflicts.map((k) => [
          k.change.table,
          k.change.row,
          k.change.column,
          k.keptHlc,
          k.keptValue,
          k.lostHlc,
          k.lostValue,
          recordedAt,
        ]),
      );
    }
    await options.extra?.(tx);
    const tables = [...new Set(applied.map((c) => c.table))];
    return {
      applied,
      tables,
      previous,
      createdRows: new Set([...createdRows].map((k) => k.split('\u0000')[1]!)),
      conflicts: conflicts.length,
    };
  });
}

/**
 * A remote change replacing one of our values is a conflict only when its
 * author cannot have seen our value: ours was still unacknowledged by the
 * server, or the remote change was stamped before the server acknowledged ours.
 * (Sync records the acknowledgement time in `changes.pushed`; 0 = pending.)
 */
async function overwroteUnseen(tx: Queries, incoming: Change, ours: PreviousField): Promise<boolean> {
  const row = await tx.get<{ pushed: number }>(
    'SELECT pushed FROM changes WHERE hlc = ? AND tbl = ? AND row_id = ? AND col = ?',
    [ours.hlc, incoming.table, incoming.row, incoming.column],
  );
  if (!row || row.pushed === 0) return true;
  const stamped = parseTimestamp(incoming.hlc);
  return stamped !== null && stamped.millis < row.pushed;
}

interface FieldClocks {
  fields: Map<string, PreviousField>;
  /** Rows that have at least one field already. */
  rows: Set<string>;
}

async function loadFieldClocks(
  tx: Queries,
  changes: readonly Change[],
  candidates: Iterable<number>,
): Promise<FieldClocks> {
  const rowsByTable = new Map<string, Set<string>>();
  for (const i of candidates) {
    const c = changes[i]!;
    let set = rowsByTable.get(c.table);
    if (!set) rowsByTable.set(c.table, (set = new Set()));
    set.add(c.row);
  }
  const fields = new Map<string, PreviousField>();
  const rows = new Set<string>();
  for (const [table, ids] of rowsByTable) {
    for (const part of chunk([...ids], ROWS_PER_STATEMENT)) {
      const found = await tx.all<{ row_id: string; col: string; hlc: string; value: string }>(
        'SELECT row_id, col, hlc, value FROM field_clock WHERE tbl = ? AND row_id IN (SELECT value FROM json_each(?))',
        [table, JSON.stringify(part)],
      );
      for (const f of found) {
        fields.set(fieldKey({ table, row: f.row_id, column: f.col }), { hlc: f.hlc, value: f.value });
        rows.add(rowKey(table, f.row_id));
      }
    }
  }
  return { fields, rows };
}

/** Upsert winning fields into their entity tables, rows with the same set of columns together. */
async function writeEntities(tx: Queries, applied: readonly Change[]): Promise<void> {
  const byRow = new Map<string, { table: TableName; row: string; fields: Map<string, ChangeValue> }>();
  for (const c of applied) {
    const key = rowKey(c.table, c.row);
    let entry = byRow.get(key);
    if (!entry) byRow.set(key, (entry = { table: c.table, row: c.row, fields: new Map() }));
    entry.fields.set(c.column, c.value);
  }
  const groups = new Map<string, { table: TableName; columns: string[]; rows: SqlValue[][] }>();
  for (const { table, row, fields } of byRow.values()) {
    const columns = [...fields.keys()].sort();
    const signature = `${table}:${columns.join(',')}`;
    let group = groups.get(signature);
    if (!group) groups.set(signature, (group = { table, columns, rows: [] }));
    group.rows.push([row, ...columns.map((name) => toSql(columnDef(table, name)!, fields.get(name)!))]);
  }
  for (const { table, columns, rows } of groups.values()) {
    // Names were checked against the allow-list in assertAllowed.
    const update = columns.map((name) => `"${name}" = excluded."${name}"`).join(', ');
    await insertMany(
      tx,
      `INSERT INTO "${table}" (id, ${columns.map((name) => `"${name}"`).join(', ')})`,
      `ON CONFLICT (id) DO UPDATE SET ${update}`,
      columns.length + 1,
      rows,
    );
  }
}
