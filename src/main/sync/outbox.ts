import { REVIEW_JOURNEY_COLUMNS, REVIEW_TABLES } from '../../shared/review/review-edits';
import type { Queries } from '../store/db';

/**
 * The changes the server has not acknowledged yet, read straight from the
 * change log. Values stay the JSON text the log holds: they go on the wire
 * as they are, without a parse and a stringify per change.
 */

export interface Outgoing {
  hlc: string;
  tbl: string;
  row_id: string;
  col: string;
  value: string;
}

export interface FieldAt {
  hlc: string;
  table: string;
  row: string;
  column: string;
}

const MAX_PARAMS = 30_000;

/**
 * Which pending changes to take: all, or only those a reviewer may make
 * (isReviewEdit in SQL, so a viewer's other edits never block the review ones).
 */
export type PendingScope = 'all' | 'review';

function scopeSql(scope: PendingScope): { where: string; params: string[] } {
  if (scope === 'all') return { where: '', params: [] };
  const tables = REVIEW_TABLES.map(() => '?').join(',');
  const columns = REVIEW_JOURNEY_COLUMNS.map(() => '?').join(',');
  return {
    where: ` AND (tbl IN (${tables}) OR (tbl = 'journeys' AND col IN (${columns})))`,
    params: [...REVIEW_TABLES, ...REVIEW_JOURNEY_COLUMNS],
  };
}

/** Oldest first, at most `limit` changes and about `maxBytes` of JSON (at least one). */
export async function takePending(
  db: Queries,
  limit: number,
  maxBytes: number,
  scope: PendingScope = 'all',
): Promise<Outgoing[]> {
  const { where, params } = scopeSql(scope);
  const rows = await db.all<Outgoing>(
    `SELECT hlc, tbl, row_id, col, value FROM changes WHERE pushed = 0${where} ORDER BY hlc LIMIT ?`,
    [...params, limit],
  );
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    bytes += rows[i]!.value.length + rows[i]!.row_id.length + 120;
    if (bytes > maxBytes && i > 0) return rows.slice(0, i);
  }
  return rows;
}

export async function countPending(db: Queries): Promise<number> {
  const row = await db.get<{ n: number }>('SELECT count(*) AS n FROM changes WHERE pushed = 0');
  return row?.n ?? 0;
}

/** Pending changes outside the reviewer's rule: what a viewer can never send. */
export async function countPendingBeyondReview(db: Queries): Promise<number> {
  const { where, params } = scopeSql('review');
  const row = await db.get<{ n: number }>(
    `SELECT count(*) AS n FROM changes WHERE pushed = 0 AND NOT (${where.slice(' AND '.length)})`,
    params,
  );
  return row?.n ?? 0;
}

/** The push body, values spliced in as the JSON they are stored as. */
export function pushBody(batch: readonly Outgoing[]): string {
  const items = batch.map(
    (c) =>
      `{"table":${JSON.stringify(c.tbl)},"row":${JSON.stringify(c.row_id)},"column":${JSON.stringify(c.col)},"value":${c.value},"hlc":${JSON.stringify(c.hlc)}}`,
  );
  return `{"changes":[${items.join(',')}]}`;
}

/**
 * Marks exactly these changes as held by the server; a change made meanwhile
 * stays pending. `pushed` keeps the acknowledgement time (clock millis): a
 * remote edit stamped before it cannot have seen our value (see apply.ts).
 */
export async function markPushed(tx: Queries, fields: readonly FieldAt[], ackedAt: number): Promise<void> {
  const perStatement = Math.floor((MAX_PARAMS - 1) / 4);
  for (let i = 0; i < fields.length; i += perStatement) {
    const part = fields.slice(i, i + perStatement);
    await tx.run(
      `UPDATE changes SET pushed = ? WHERE pushed = 0 AND (hlc, tbl, row_id, col) IN (VALUES ${part.map(() => '(?,?,?,?)').join(',')})`,
      [Math.max(1, Math.floor(ackedAt)), ...part.flatMap((f) => [f.hlc, f.table, f.row, f.column])],
    );
  }
}

/** The subset of `fields` this log holds already (our own changes coming back, or a page seen before). */
export async function knownFields(db: Queries, fields: readonly FieldAt[]): Promise<Set<string>> {
  const known = new Set<string>();
  const perStatement = Math.floor(MAX_PARAMS / 4);
  for (let i = 0; i < fields.length; i += perStatement) {
    const part = fields.slice(i, i + perStatement);
    const rows = await db.all<{ hlc: string; tbl: string; row_id: string; col: string }>(
      `SELECT hlc, tbl, row_id, col FROM changes WHERE (hlc, tbl, row_id, col) IN (VALUES ${part.map(() => '(?,?,?,?)').join(',')})`,
      part.flatMap((f) => [f.hlc, f.table, f.row, f.column]),
    );
    for (const r of rows) known.add(logKey({ hlc: r.hlc, table: r.tbl, row: r.row_id, column: r.col }));
  }
  return known;
}

export const logKey = (f: FieldAt): string => `${f.hlc}\u0000${f.table}\u0000${f.row}\u0000${f.column}`;

export const asField = (c: Outgoing): FieldAt => ({ hlc: c.hlc, table: c.tbl, row: c.row_id, column: c.col });
