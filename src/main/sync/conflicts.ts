import { checkEdit, type Change, type ChangeValue } from '../../shared/changes';
import type { HybridClock } from '../../shared/hlc';
import { parseTimestamp } from '../../shared/hlc';
import { isTableName, type TableName } from '../../shared/schema/tables';
import { applyChanges, type ApplyOutcome } from '../store/apply';
import type { Db } from '../store/db';

/**
 * The conflict log the write path keeps: a change that lost against a newer
 * one on the same field. Both sides are shown with who and when; restoring
 * the losing value is a new change through the write path (so it wins now,
 * replicates, and can itself be undone), never an edit of history.
 */

import type { ConflictEntry, ConflictSide } from '../../shared/contract';

export type { ConflictEntry, ConflictSide };

interface ConflictRow {
  id: number;
  tbl: string;
  row_id: string;
  col: string;
  kept_hlc: string;
  kept_value: string;
  lost_hlc: string;
  lost_value: string;
  recorded_at: string;
  dismissed: number;
}

function side(hlc: string, value: string, names: ReadonlyMap<string, string>, localNode: string): ConflictSide {
  const node = hlc.slice(-16);
  const t = parseTimestamp(hlc);
  let parsed: ChangeValue = null;
  try {
    parsed = JSON.parse(value) as ChangeValue;
  } catch {
    // a damaged log entry shows as empty rather than breaking the list
  }
  return {
    value: parsed,
    hlc,
    at: t ? new Date(t.millis).toISOString() : '',
    node,
    author: names.get(node) ?? null,
    thisDevice: node === localNode,
  };
}

export async function listConflicts(
  db: Db,
  options: { localNode: string; names?: ReadonlyMap<string, string>; includeDismissed?: boolean; limit?: number },
): Promise<ConflictEntry[]> {
  const rows = await db.all<ConflictRow>(
    `SELECT * FROM conflicts ${options.includeDismissed ? '' : 'WHERE dismissed = 0'} ORDER BY id DESC LIMIT ?`,
    [options.limit ?? 500],
  );
  const names = options.names ?? new Map<string, string>();
  return rows
    .filter((r) => isTableName(r.tbl))
    .map((r) => ({
      id: r.id,
      table: r.tbl as TableName,
      row: r.row_id,
      column: r.col,
      kept: side(r.kept_hlc, r.kept_value, names, options.localNode),
      lost: side(r.lost_hlc, r.lost_value, names, options.localNode),
      recordedAt: r.recorded_at,
      dismissed: r.dismissed === 1,
    }));
}

export async function countOpenConflicts(db: Db): Promise<number> {
  return (await db.get<{ n: number }>('SELECT count(*) AS n FROM conflicts WHERE dismissed = 0'))?.n ?? 0;
}

export class ConflictNotFound extends Error {
  constructor(id: number) {
    super(`no conflict with id ${id}`);
    this.name = 'ConflictNotFound';
  }
}

/** Writes the losing value again as a new change and closes the entry, in one transaction. */
export async function restoreConflict(
  db: Db,
  clock: HybridClock,
  id: number,
  now: () => Date = () => new Date(),
): Promise<ApplyOutcome> {
  const row = await db.get<ConflictRow>('SELECT * FROM conflicts WHERE id = ?', [id]);
  if (!row) throw new ConflictNotFound(id);
  // Checked like any edit: the schema may have changed since the value was logged.
  const value = checkEdit({ table: row.tbl, column: row.col, value: JSON.parse(row.lost_value) as unknown });
  const change: Change = { table: row.tbl as TableName, row: row.row_id, column: row.col, value, hlc: clock.send() };
  return applyChanges(db, [change], {
    now,
    extra: (tx) => tx.run('UPDATE conflicts SET dismissed = 1 WHERE id = ?', [id]).then(() => undefined),
  });
}

export async function dismissConflict(db: Db, id: number): Promise<void> {
  const { changes } = await db.run('UPDATE conflicts SET dismissed = 1 WHERE id = ?', [id]);
  if (changes === 0) throw new ConflictNotFound(id);
}
