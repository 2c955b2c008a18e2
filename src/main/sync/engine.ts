import type { Change } from '../../shared/changes';
import { parseTimestamp, type HybridClock } from '../../shared/hlc';
import type { TableName } from '../../shared/schema/tables';
import { applyChanges } from '../store/apply';
import type { Db } from '../store/db';
import type { SyncApi } from './api';
import { asField, knownFields, logKey, markPushed, pushBody, takePending, type PendingScope } from './outbox';
import { readCursor, writeCursor } from './state';

/**
 * One round of sync for one workspace: push what the server has not
 * acknowledged, pull what it has that we have not applied. Both directions
 * are safe to interrupt anywhere: a push whose answer is lost is sent again
 * (the server ignores a change it holds), and a pulled page commits together
 * with the cursor that says it was applied.
 */

export interface SyncTarget {
  workspaceId: string;
  db: Db;
  clock: HybridClock;
}

/** Now, on the clock's timeline (the one remote stamps are compared on). */
function clockMillis(target: SyncTarget): number {
  return parseTimestamp(target.clock.send())!.millis;
}

export interface EngineLimits {
  pushBatch: number;
  pushBytes: number;
  pageSize: number;
}

export const DEFAULT_LIMITS: EngineLimits = { pushBatch: 5_000, pushBytes: 2 * 1024 * 1024, pageSize: 5_000 };

/** Pushes until nothing (in scope) is pending; returns how many changes were sent. */
export async function pushPending(
  target: SyncTarget,
  api: SyncApi,
  limits: EngineLimits = DEFAULT_LIMITS,
  scope: PendingScope = 'all',
): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await takePending(target.db, limits.pushBatch, limits.pushBytes, scope);
    if (batch.length === 0) return sent;
    await api.push(target.workspaceId, pushBody(batch));
    const ackedAt = clockMillis(target);
    await target.db.transaction((tx) => markPushed(tx, batch.map(asField), ackedAt));
    sent += batch.length;
  }
}

export interface PullOutcome {
  pages: number;
  applied: number;
  conflicts: number;
  tables: Set<TableName>;
}

const newest = (changes: readonly Change[]): string => changes.reduce((max, c) => (c.hlc > max ? c.hlc : max), '');

/** Applies one page and moves the cursor past it, in one transaction. */
export async function applyPage(target: SyncTarget, changes: readonly Change[], cursor: number) {
  // Changes already in the log (mostly our own, echoed back) are applied already;
  // running them through again would only log their old conflicts a second time.
  const known = await knownFields(target.db, changes);
  const fresh = known.size === 0 ? changes : changes.filter((c) => !known.has(logKey(c)));
  const outcome = await applyChanges(target.db, fresh, {
    // Conflicts with this device's own edits are logged for the user.
    localNode: target.clock.node,
    extra: async (tx) => {
      await markPushed(tx, changes, clockMillis(target));
      await writeCursor(tx, cursor);
    },
  });
  // Not clock.receive: the server already refused stamps too far ahead of *its*
  // clock, and a device whose own clock runs slow must still take them in.
  const last = newest(changes);
  if (last) target.clock.catchUp(last);
  return outcome;
}

/**
 * Pulls pages until the server has nothing newer. The next page is fetched
 * while this one is applied: the network and SQLite work at the same time,
 * and a page still commits together with the cursor that says it was applied.
 */
export async function pullAll(
  target: SyncTarget,
  api: SyncApi,
  limits: EngineLimits = DEFAULT_LIMITS,
  onPage?: (tables: TableName[], applied: readonly Change[]) => void,
): Promise<PullOutcome> {
  const result: PullOutcome = { pages: 0, applied: 0, conflicts: 0, tables: new Set() };
  let after = await readCursor(target.db);
  let next = api.pull(target.workspaceId, after, limits.pageSize);
  for (;;) {
    const page = await next;
    if (page.changes.length === 0 && page.cursor === after) return result;
    if (page.more) {
      next = api.pull(target.workspaceId, page.cursor, limits.pageSize);
      // Should applying this page fail, nobody waits for the next one: no unhandled rejection.
      next.catch(() => undefined);
    }
    const outcome = await applyPage(target, page.changes, page.cursor);
    result.pages += 1;
    result.applied += outcome.applied.length;
    result.conflicts += outcome.conflicts;
    outcome.tables.forEach((t) => result.tables.add(t));
    if (outcome.tables.length > 0) onPage?.(outcome.tables, outcome.applied);
    if (!page.more) return result;
    after = page.cursor;
  }
}
