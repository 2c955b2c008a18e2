import type { FieldEdit } from '../../shared/changes';
import { emptyRow, type Row, type TableName } from '../../shared/schema/tables';

/**
 * Patching a table's rows without reloading it. Tables arrive sorted by id
 * (rows.load orders them so), and stay sorted: a new row goes where a reload
 * would put it. Rows that a patch does not touch keep their identity, so memos
 * and `React.memo` downstream see exactly what changed.
 */

type Loose = Record<string, unknown> & { id: string };

/** Position of `id` in rows sorted by id, or where it would go (as ~index). */
function find(rows: readonly { id: string }[], id: string): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = rows[mid]!.id;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return ~lo;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Past this many incoming rows one linear merge beats a binary search and a splice per row. */
const SPLICE_LIMIT = 32;

/** Rows as they are now (deleted ones with tombstone true) replace, join or leave the table. */
export function mergeRows<R extends { id: string; tombstone: boolean }>(
  rows: readonly R[],
  incoming: readonly R[],
): R[] {
  if (incoming.length <= SPLICE_LIMIT) {
    const out = [...rows];
    for (const row of incoming) {
      const at = find(out, row.id);
      if (row.tombstone) {
        if (at >= 0) out.splice(at, 1);
      } else if (at >= 0) out[at] = row;
      else out.splice(~at, 0, row);
    }
    return out;
  }
  const news = new Map(incoming.map((r) => [r.id, r]));
  const kept: R[] = [];
  for (const row of rows) {
    const next = news.get(row.id);
    if (next === undefined) kept.push(row);
    else {
      news.delete(row.id);
      if (!next.tombstone) kept.push(next);
    }
  }
  const added = [...news.values()].filter((r) => !r.tombstone).sort(byId);
  if (added.length === 0) return kept;
  // Both lists are sorted by id: one merge keeps the whole table sorted.
  const out: R[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < added.length) {
    if (j >= added.length || (i < kept.length && kept[i]!.id < added[j]!.id)) out.push(kept[i++]!);
    else out.push(added[j++]!);
  }
  return out;
}

/** Field edits shown before the write path confirms them (rows not yet there are made from the defaults). */
export function applyEdits<T extends TableName>(
  table: T,
  rows: readonly Row<T>[],
  edits: readonly FieldEdit[],
): Row<T>[] {
  const mine = edits.filter((e) => e.table === table);
  if (mine.length > SPLICE_LIMIT) return editsAsRows(table, rows, mine);
  const out = [...rows] as unknown as Loose[];
  const copied = new Set<string>();
  for (const e of edits) {
    if (e.table !== table) continue;
    let at = find(out, e.row);
    if (e.column === 'tombstone') {
      if (e.value === true && at >= 0) out.splice(at, 1);
      continue;
    }
    if (at < 0) {
      at = ~at;
      out.splice(at, 0, emptyRow(table, e.row) as unknown as Loose);
      copied.add(e.row);
    } else if (!copied.has(e.row)) {
      out[at] = { ...out[at]! };
      copied.add(e.row);
    }
    out[at]![e.column] = e.value;
  }
  return out as unknown as Row<T>[];
}

/** Many edits (a duplicated journey): turn them into whole rows and merge once. */
function editsAsRows<T extends TableName>(table: T, rows: readonly Row<T>[], edits: readonly FieldEdit[]): Row<T>[] {
  const current = new Map<string, Loose>();
  const index = new Map(rows.map((r) => [r.id, r as unknown as Loose]));
  for (const e of edits) {
    let row = current.get(e.row);
    if (!row) {
      const base = index.get(e.row);
      row = base ? { ...base } : (emptyRow(table, e.row) as unknown as Loose);
      current.set(e.row, row);
    }
    row[e.column] = e.value;
  }
  // A row deleted by these edits that the table does not hold stays out.
  const incoming = [...current.values()].filter((r) => index.has(r.id) || r.tombstone !== true);
  return mergeRows(
    rows as unknown as (Loose & { tombstone: boolean })[],
    incoming as (Loose & { tombstone: boolean })[],
  ) as unknown as Row<T>[];
}
