import { fieldKey, type Change } from '../shared/changes';
import { parseTimestamp } from '../shared/hlc';
import { CHANGES_CHANNEL, type ChangesNotice } from './channels';
import type { MemberCaller } from './auth';
import type { ServerContext } from './context';
import { HttpError, invalid } from './errors';
import { guardPush, recordPush } from './push-guard';
import { sqlErrorCode, toNumber, UNIQUE_VIOLATION, type SqlTx } from './sql';

/**
 * The server's half of sync: store a pushed batch under the workspace's next
 * sequence numbers, hand out pages after a cursor. The server never merges;
 * it keeps every change, and clients apply them through their own write path.
 */

function aheadText(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 120) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} days`;
}

/** Refuses the whole batch before anything is written; nobody else is affected. */
function checkBatch(ctx: ServerContext, workspaceId: string, changes: readonly Change[]): string {
  // Stamps are fixed-width, so the newest is the greatest string: one clock check covers the batch.
  let newest = '';
  changes.forEach((c, i) => {
    // The same rule as the desktop's edits.apply: a workspace only names itself.
    if (c.table === 'workspaces' && c.row !== workspaceId)
      throw invalid(`change ${i + 1}: a workspace can only edit its own workspace row`);
    if (c.hlc > newest) newest = c.hlc;
  });
  if (newest && ctx.clock.isTooFarAhead(newest)) {
    const i = changes.findIndex((c) => ctx.clock.isTooFarAhead(c.hlc));
    const ahead = aheadText(parseTimestamp(changes[i]!.hlc)!.millis - ctx.now());
    throw new HttpError(
      422,
      'clock_drift',
      `change ${i + 1} is stamped ${changes[i]!.hlc}, ${ahead} ahead of the server's clock: check this computer's date and time; nothing was stored`,
    );
  }
  return newest;
}

interface Columns {
  hlc: string[];
  tbl: string[];
  row: string[];
  col: string[];
  value: string[];
}

const NUMBERED = `SELECT $1, $2::bigint + t.ord, t.hlc, t.tbl, t.row_id, t.col, t.value
  FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) WITH ORDINALITY AS t (hlc, tbl, row_id, col, value, ord)`;
const INSERT = 'INSERT INTO changes (workspace_id, seq, hlc, tbl, row_id, col, value)';

/**
 * A batch that repeats changes the server holds (a retry after a lost answer),
 * or one change twice: store only the new ones, numbered densely after base.
 */
async function insertSkippingHeld(tx: SqlTx, workspaceId: string, base: number, c: Columns): Promise<number> {
  const args = (x: Columns) => [workspaceId, base, x.hlc, x.tbl, x.row, x.col, x.value];
  await tx.query(`${INSERT} ${NUMBERED} ON CONFLICT DO NOTHING`, args(c));
  // The new ones got base + their position; take them out and number them again without gaps.
  const fresh = (
    await tx.query<{ seq: unknown }>('DELETE FROM changes WHERE workspace_id = $1 AND seq > $2 RETURNING seq', [
      workspaceId,
      base,
    ])
  ).rows
    .map((r) => toNumber(r.seq) - base - 1)
    .sort((a, b) => a - b);
  if (fresh.length === 0) return 0;
  const pick = (list: string[]) => fresh.map((i) => list[i]!);
  await tx.query(
    `${INSERT} ${NUMBERED}`,
    args({ hlc: pick(c.hlc), tbl: pick(c.tbl), row: pick(c.row), col: pick(c.col), value: pick(c.value) }),
  );
  return fresh.length;
}

export async function pushChanges(
  ctx: ServerContext,
  caller: MemberCaller,
  workspaceId: string,
  changes: readonly Change[],
): Promise<{ accepted: number }> {
  const newest = checkBatch(ctx, workspaceId, changes);
  if (changes.length === 0) return { accepted: 0 };
  ctx.clock.receive(newest);
  const n = changes.length;
  const cols: Columns = {
    hlc: new Array(n),
    tbl: new Array(n),
    row: new Array(n),
    col: new Array(n),
    value: new Array(n),
  };
  const nodes = new Set<string>();
  changes.forEach((c, i) => {
    cols.hlc[i] = c.hlc;
    cols.tbl[i] = c.table;
    cols.row[i] = c.row;
    cols.col[i] = c.column;
    cols.value[i] = JSON.stringify(c.value);
    nodes.add(c.hlc.slice(-16));
  });
  await ctx.sql.transaction(async (tx) => {
    // Reserving the numbers locks the workspace row until commit, so pushes to one
    // workspace commit in sequence order and no reader ever skips a number.
    const { rows } = await tx.query<{ base: unknown }>(
      'UPDATE workspaces SET seq = seq + $2 WHERE id = $1 RETURNING seq - $2 AS base',
      [workspaceId, n],
    );
    const base = toNumber(rows[0]!.base);
    // Under that lock: devices and review rows cannot be claimed twice at once.
    const records = await guardPush(tx, caller, workspaceId, changes);
    // The common case, a batch the server has never seen, takes a plain INSERT: ON CONFLICT
    // costs ~40% more per row, so it only runs when the primary key says this is a retry.
    let stored = n;
    await tx.exec('SAVEPOINT push');
    try {
      await tx.query(`${INSERT} ${NUMBERED}`, [workspaceId, base, cols.hlc, cols.tbl, cols.row, cols.col, cols.value]);
      await tx.exec('RELEASE SAVEPOINT push');
    } catch (err) {
      if (sqlErrorCode(err) !== UNIQUE_VIOLATION) throw err;
      await tx.exec('ROLLBACK TO SAVEPOINT push');
      stored = await insertSkippingHeld(tx, workspaceId, base, cols);
      await tx.query('UPDATE workspaces SET seq = $2 WHERE id = $1', [workspaceId, base + stored]);
    }
    if (stored === 0) return;
    await recordPush(tx, caller, workspaceId, records);
    await tx.query(
      'INSERT INTO nodes (workspace_id, node, account_id, first_seen) SELECT $1, n, $3, $4 FROM unnest($2::text[]) AS n ON CONFLICT DO NOTHING',
      [workspaceId, [...nodes], caller.account.id, ctx.now()],
    );
    const notice: ChangesNotice = { w: workspaceId, s: base + stored };
    await tx.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(notice)]);
  });
  // The same answer for a first try and a retry: the batch is stored either way.
  return { accepted: changes.length };
}

interface ChangeRow {
  seq: unknown;
  hlc: string;
  tbl: string;
  row_id: string;
  col: string;
  value: string;
}

/**
 * One page: the changes numbered after `after`, at most `limit`. Sequence
 * numbers are dense per workspace (see pushChanges), so a page is the index
 * range (after, after + limit] on changes_seq — it costs the same for the first
 * page as for the last, whatever the planner knows about the table (PGlite
 * never collects statistics; an open-ended `seq > after … LIMIT` made it read
 * and sort everything after the cursor for every page).
 */
export const PAGE_SQL = `SELECT count(*)::int AS n, max(seq) AS last,
    string_agg('{"table":' || to_json(tbl)::text || ',"row":' || to_json(row_id)::text || ',"column":' || to_json(col)::text
      || ',"value":' || value || ',"hlc":' || to_json(hlc)::text || '}', ',' ORDER BY seq) AS items
  FROM changes WHERE workspace_id = $1 AND seq > $2 AND seq <= $2::bigint + $3`;

/**
 * A page as JSON text, made by the database in one value: stored values are
 * JSON already and are spliced in, and no row object per change is built on
 * the way out (on PGlite that was most of a page's time).
 */
export async function pullPage(ctx: ServerContext, workspaceId: string, after: number, limit: number): Promise<string> {
  // The top first: every change numbered up to it is committed, so the range below sees them all.
  const top = await ctx.sql.query<{ seq: unknown }>('SELECT seq FROM workspaces WHERE id = $1', [workspaceId]);
  const newest = toNumber(top.rows[0]?.seq ?? 0);
  const { rows } = await ctx.sql.query<{ n: number; last: unknown; items: string | null }>(PAGE_SQL, [
    workspaceId,
    after,
    limit,
  ]);
  const page = rows[0]!;
  // Numbers are dense; should a range ever come back empty below the top, step over it rather than stop.
  const cursor = page.n > 0 ? toNumber(page.last) : Math.max(after, Math.min(after + limit, newest));
  return `{"changes":[${page.items ?? ''}],"cursor":${cursor},"more":${newest > cursor}}`;
}

/** Everything a workspace holds, newest per field: what every client must end up showing. */
export async function latestFields(
  ctx: ServerContext,
  workspaceId: string,
): Promise<Map<string, { hlc: string; value: string }>> {
  const { rows } = await ctx.sql.query<ChangeRow>(
    `SELECT DISTINCT ON (tbl, row_id, col) tbl, row_id, col, hlc, value, seq FROM changes
      WHERE workspace_id = $1 ORDER BY tbl, row_id, col, hlc COLLATE "C" DESC`,
    [workspaceId],
  );
  return new Map(
    rows.map((r) => [fieldKey({ table: r.tbl, row: r.row_id, column: r.col }), { hlc: r.hlc, value: r.value }]),
  );
}
