import type { Change } from '../../shared/changes';
import type { ChangedRows, ChangeStamp, EventName, Events, HistoryState } from '../../shared/contract';
import { newId } from '../../shared/ids';
import type { TableName } from '../../shared/schema/tables';
import { decodeRow } from '../store/codec';
import type { Queries } from '../store/db';

/**
 * Numbers every `changed` event of a workspace and sends the rows the change
 * touched with it, so a page patches what it holds instead of reloading whole
 * tables. A page that sees a number skip (or another epoch) has missed an event
 * and reloads; a batch touching more rows than MAX_EVENT_ROWS goes out without
 * rows, which asks for the same reload.
 *
 * Ordering: a stamp is taken after the batch committed, and the rows are read
 * after the stamp, so an event's rows are never older than its stamp says, and
 * a snapshot read under stamp s (rows.load) holds every change of events ≤ s.
 */

export const MAX_EVENT_ROWS = 2000;
/** SQLite's default limit on bound parameters is 32766; stay well under. */
const IDS_PER_QUERY = 900;

export interface Published {
  workspaceId: string;
  tables: readonly TableName[];
  /** The changes that moved a field; null when the writer does not know them (then listeners recompute). */
  applied: readonly Change[] | null;
}

type Emit = <E extends EventName>(event: E, payload: Events[E]) => void;

interface FeedState {
  epoch: string;
  seq: number;
  /** The previous event's emission: events leave in their numbers' order. */
  sent: Promise<void>;
}

export class ChangeFeed {
  private readonly states = new Map<string, FeedState>();
  private readonly listeners = new Set<(published: Published) => void>();

  constructor(
    private readonly emit: Emit,
    private readonly maxRows = MAX_EVENT_ROWS,
  ) {}

  private state(workspaceId: string): FeedState {
    let state = this.states.get(workspaceId);
    if (!state) this.states.set(workspaceId, (state = { epoch: newId(), seq: 0, sent: Promise.resolve() }));
    return state;
  }

  /** The stamp of the newest event of this workspace (seq 0 before the first). */
  stamp(workspaceId: string): ChangeStamp {
    const { epoch, seq } = this.state(workspaceId);
    return { epoch, seq };
  }

  /** In-process observers (the analyses in main); called synchronously with each publication. */
  subscribe(listener: (published: Published) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Call once a batch has committed. Returns the stamp its event carries. */
  publish(
    handle: { id: string; db: Queries | null },
    tables: readonly TableName[],
    history: HistoryState,
    applied: readonly Change[] | null,
  ): ChangeStamp {
    const state = this.state(handle.id);
    state.seq += 1;
    const stamp = { epoch: state.epoch, seq: state.seq };
    for (const listener of this.listeners) listener({ workspaceId: handle.id, tables, applied });
    // Start the read at once (the db queue keeps it after the commit); send in number order.
    const rows =
      applied && handle.db ? touchedRows(handle.db, applied, this.maxRows).catch(() => undefined) : undefined;
    const payload = { workspaceId: handle.id, tables: [...tables], history, stamp };
    state.sent = state.sent.then(async () => {
      const read = await rows;
      this.emit('changed', read ? { ...payload, rows: read } : payload);
    });
    return stamp;
  }

  /** The workspace was closed or replaced: its next events start a new epoch. */
  forget(workspaceId: string): void {
    this.states.delete(workspaceId);
  }
}

/** The touched rows as they are now, or undefined when there are more than `max`. */
async function touchedRows(db: Queries, applied: readonly Change[], max: number): Promise<ChangedRows | undefined> {
  const ids = new Map<TableName, Set<string>>();
  let count = 0;
  for (const c of applied) {
    let set = ids.get(c.table);
    if (!set) ids.set(c.table, (set = new Set()));
    if (!set.has(c.row)) {
      set.add(c.row);
      if ((count += 1) > max) return undefined;
    }
  }
  const out: ChangedRows = {};
  for (const [table, set] of ids) {
    const list = [...set];
    const rows = [];
    for (let i = 0; i < list.length; i += IDS_PER_QUERY) {
      const part = list.slice(i, i + IDS_PER_QUERY);
      // The table name comes from an applied change, which passed the allow-list.
      const raw = await db.all(`SELECT * FROM "${table}" WHERE id IN (${part.map(() => '?').join(',')})`, part);
      for (const r of raw) rows.push(decodeRow(table, r));
    }
    (out as Record<string, unknown>)[table] = rows;
  }
  return out;
}
