import type { Change } from '../shared/changes';
import { othersCommentRefusal, signatureKind } from '../shared/review/ownership';
import type { MemberCaller } from './auth';
import { forbidden } from './errors';
import type { SqlTx } from './sql';

/**
 * What a push may not do even with the right role, checked inside the push's
 * transaction while the workspace row is locked (so two pushes cannot both
 * claim a device or a comment):
 *
 * - a device (clock node) belongs to the account that first pushed with it;
 *   changes stamped with it by another account are refused;
 * - review data is owned (shared/review/ownership.ts): signatures name the
 *   pushing account, others' comments change only by an admin (their thread
 *   state by anyone), and a snapshot's fields are written once.
 *
 * A change the server holds already (a retry) is never refused: it stores nothing.
 * Any refusal refuses the whole batch.
 */

export interface PushRecords {
  /** Comments and snapshots this push creates, owned by the caller from now on. */
  rows: { tbl: string; row: string }[];
  /** Snapshot fields this push writes: each may be written only this once. */
  snapshotFields: { row: string; col: string; hlc: string }[];
}

const nodeOf = (c: Change): string => c.hlc.slice(-16);
const isReviewRow = (c: Change): boolean => c.table === 'comments' || c.table === 'snapshots';
const needsOwnership = (c: Change): boolean => isReviewRow(c) || signatureKind(c.table, c.column) !== null;
const rowKey = (tbl: string, row: string): string => `${tbl}\u0000${row}`;
const heldKey = (c: { hlc: string; tbl: string; row: string; col: string }): string =>
  `${c.hlc}\u0000${c.tbl}\u0000${c.row}\u0000${c.col}`;

/** The subset of `changes` the workspace's log holds already (primary-key lookups). */
async function heldOf(tx: SqlTx, workspaceId: string, changes: readonly Change[]): Promise<Set<string>> {
  if (changes.length === 0) return new Set();
  const { rows } = await tx.query<{ hlc: string; tbl: string; row_id: string; col: string }>(
    `SELECT c.hlc, c.tbl, c.row_id, c.col FROM changes c
       JOIN unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t (hlc, tbl, row_id, col)
         ON c.workspace_id = $1 AND c.hlc = t.hlc AND c.tbl = t.tbl AND c.row_id = t.row_id AND c.col = t.col`,
    [
      workspaceId,
      changes.map((c) => c.hlc),
      changes.map((c) => c.table),
      changes.map((c) => c.row),
      changes.map((c) => c.column),
    ],
  );
  return new Set(rows.map((r) => heldKey({ hlc: r.hlc, tbl: r.tbl, row: r.row_id, col: r.col })));
}

export async function guardPush(
  tx: SqlTx,
  caller: MemberCaller,
  workspaceId: string,
  changes: readonly Change[],
): Promise<PushRecords> {
  const me = caller.account.id;
  const nodes = [...new Set(changes.map(nodeOf))];
  const bound = await tx.query<{ node: string; account_id: string }>(
    'SELECT node, account_id FROM nodes WHERE workspace_id = $1 AND node = ANY($2::text[])',
    [workspaceId, nodes],
  );
  const foreign = new Set(bound.rows.filter((r) => r.account_id !== me).map((r) => r.node));
  const suspect = changes.filter((c) => foreign.has(nodeOf(c)) || needsOwnership(c));
  const records: PushRecords = { rows: [], snapshotFields: [] };
  if (suspect.length === 0) return records;
  const held = await heldOf(tx, workspaceId, suspect);
  const isNew = (c: Change) => !held.has(heldKey({ hlc: c.hlc, tbl: c.table, row: c.row, col: c.column }));

  changes.forEach((c, i) => {
    if (foreign.has(nodeOf(c)) && isNew(c))
      throw forbidden(
        `change ${i + 1} is stamped by device ${nodeOf(c)}, which another account pushed with first: a device's changes come only from its own account; nothing was stored`,
      );
  });

  const review = changes.map((c, i) => ({ c, i })).filter(({ c }) => needsOwnership(c) && isNew(c));
  if (review.length === 0) return records;
  const reviewRows = [...new Set(review.filter(({ c }) => isReviewRow(c)).map(({ c }) => rowKey(c.table, c.row)))];
  const owners = new Map<string, string>();
  /** Snapshot fields written (row, column) → by which change. */
  const written = new Map<string, string>();
  if (reviewRows.length > 0) {
    const split = reviewRows.map((k) => k.split('\u0000') as [string, string]);
    const found = await tx.query<{ tbl: string; row_id: string; owner_id: string }>(
      `SELECT r.tbl, r.row_id, r.owner_id FROM review_rows r
         JOIN unnest($2::text[], $3::text[]) AS t (tbl, row_id) ON r.workspace_id = $1 AND r.tbl = t.tbl AND r.row_id = t.row_id`,
      [workspaceId, split.map((s) => s[0]), split.map((s) => s[1])],
    );
    for (const r of found.rows) owners.set(rowKey(r.tbl, r.row_id), r.owner_id);
    const snapshots = split.filter((s) => s[0] === 'snapshots').map((s) => s[1]);
    if (snapshots.length > 0) {
      const fields = await tx.query<{ row_id: string; col: string; hlc: string }>(
        'SELECT row_id, col, hlc FROM snapshot_fields WHERE workspace_id = $1 AND row_id = ANY($2::text[])',
        [workspaceId, snapshots],
      );
      for (const f of fields.rows) written.set(rowKey(f.row_id, f.col), f.hlc);
    }
  }

  const admin = caller.role === 'admin';
  for (const { c, i } of review) {
    const where = `change ${i + 1} (${c.table}.${c.column})`;
    const kind = signatureKind(c.table, c.column);
    // Admins may carry others' signatures: they upload a workspace's history, signed on devices without sync.
    if (kind !== null && !admin && c.value !== '' && c.value !== null) {
      const mine = kind === 'name' ? caller.account.name : me;
      if (c.value !== mine)
        throw forbidden(
          `${where} is signed "${String(c.value)}": you can only sign with your own ${kind === 'name' ? `name (${mine})` : 'account'}; nothing was stored`,
        );
    }
    if (!isReviewRow(c)) continue;
    const key = rowKey(c.table, c.row);
    let owner = owners.get(key);
    if (owner === undefined) {
      owner = me;
      owners.set(key, me);
      records.rows.push({ tbl: c.table, row: c.row });
    }
    if (c.table === 'snapshots') {
      const field = rowKey(c.row, c.column);
      // The same change twice in one batch is one write.
      if (written.get(field) === c.hlc) continue;
      if (owner !== me || written.has(field) || (c.column === 'tombstone' && c.value === true))
        throw forbidden(
          `${where}: snapshot ${c.row} was frozen when it was written and never changes; nothing was stored`,
        );
      written.set(field, c.hlc);
      records.snapshotFields.push({ row: c.row, col: c.column, hlc: c.hlc });
    } else if (owner !== me) {
      const refusal = othersCommentRefusal(c.column, admin);
      if (refusal)
        throw forbidden(`${where}: comment ${c.row} was written by someone else — ${refusal}; nothing was stored`);
    }
  }
  return records;
}

/** Remembers who created the new comments and snapshots, and which snapshot fields are written. */
export async function recordPush(tx: SqlTx, caller: MemberCaller, workspaceId: string, r: PushRecords): Promise<void> {
  if (r.rows.length > 0)
    await tx.query(
      `INSERT INTO review_rows (workspace_id, tbl, row_id, owner_id)
       SELECT $1, t.tbl, t.row_id, $4 FROM unnest($2::text[], $3::text[]) AS t (tbl, row_id) ON CONFLICT DO NOTHING`,
      [workspaceId, r.rows.map((x) => x.tbl), r.rows.map((x) => x.row), caller.account.id],
    );
  if (r.snapshotFields.length > 0)
    await tx.query(
      `INSERT INTO snapshot_fields (workspace_id, row_id, col, hlc)
       SELECT $1, t.row_id, t.col, t.hlc FROM unnest($2::text[], $3::text[], $4::text[]) AS t (row_id, col, hlc) ON CONFLICT DO NOTHING`,
      [
        workspaceId,
        r.snapshotFields.map((x) => x.row),
        r.snapshotFields.map((x) => x.col),
        r.snapshotFields.map((x) => x.hlc),
      ],
    );
}
