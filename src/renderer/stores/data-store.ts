import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FieldEdit } from '../../shared/changes';
import type { ApiClient, ChangedRows, ChangeStamp, Events, RowsSnapshot } from '../../shared/contract';
import type { Row, TableName } from '../../shared/schema/tables';
import { applyEdits, mergeRows } from './row-merge';

/** Rows of the current workspace, per table, sorted by id; a table is absent until something asks for it. */
export type TableRows = { [T in TableName]?: Row<T>[] };

/**
 * What `patch` returns. Calling it takes the edits back (the write was refused);
 * `confirm` says the write path took them, with the stamp of the event that
 * carries them: the edits stay shown until the store has caught up with it.
 * Every patch must end in one of the two.
 */
export interface PatchHandle {
  (): void;
  confirm(stamp?: ChangeStamp): void;
}

export interface DataState {
  workspaceId: string | null;
  rows: TableRows;
  /** Counts the `changed` events of the current workspace: what is computed elsewhere (analyses) is stale when it moves. */
  revision: number;
  /** Load a table once (the hooks call this); later it follows the `changed` events. */
  ensure(table: TableName): void;
  /** Reload the tables that are loaded or loading; others load when asked for. */
  refresh(tables: readonly TableName[]): void;
  /** Show edits at once, before the write path confirms them (see PatchHandle). */
  patch(edits: readonly FieldEdit[]): PatchHandle;
  /** A `changed` event: patch the tables with its rows, or reload when an event was missed. */
  receive(event: Events['changed']): void;
  /** Another workspace: forget everything. */
  reset(workspaceId: string | null): void;
}

export type DataStore = StoreApi<DataState>;

interface Overlay {
  edits: readonly FieldEdit[];
  tables: ReadonlySet<TableName>;
  /** undefined until confirmed; then the event to wait for, or null for none. */
  until: ChangeStamp | null | undefined;
}

type Changed = Events['changed'];

/**
 * The page's copy of the workspace's rows. Tables load through `rows.load`
 * (several in one call, each with the stamp of the last event it includes) and
 * then follow the numbered `changed` events, which carry the touched rows. An
 * event that skips a number, comes from another epoch or has no rows makes the
 * store reload instead. Optimistic edits are overlays on top of what the
 * service confirmed: a refusal removes its overlay and nothing else.
 */
export function createDataStore(api: ApiClient, onError: (err: unknown) => void): DataStore {
  /** What the service confirmed, per table. */
  let confirmed: TableRows = {};
  /** Per table, the seq of the snapshot it was loaded from or the last event applied to it. */
  const tableSeq = new Map<TableName, number>();
  /** Per table, the number of the newest load: an older answer is dropped. */
  const generation = new Map<TableName, number>();
  const loading = new Set<TableName>();
  const queued = new Set<TableName>();
  let flushing = false;
  let epoch: string | null = null;
  let lastSeq = 0;
  /** Events that arrived while a load was under way, for the tables that load brings. */
  let buffered: Changed[] = [];
  let overlays: Overlay[] = [];

  return createStore<DataState>()((set, get) => {
    const visible = (tables: Iterable<TableName>): TableRows => {
      const next: TableRows = { ...get().rows };
      for (const table of tables) {
        let rows = confirmed[table] as Row<TableName>[] | undefined;
        if (rows !== undefined)
          for (const o of overlays) if (o.tables.has(table)) rows = applyEdits(table, rows, o.edits);
        (next as Record<string, unknown>)[table] = rows;
      }
      return next;
    };
    const show = (tables: Iterable<TableName>) => set({ rows: visible(tables) });

    /** An overlay goes once every table it touches holds what its event brought. */
    const settle = (): Set<TableName> => {
      const freed = new Set<TableName>();
      overlays = overlays.filter((o) => {
        if (o.until === undefined) return true;
        const caughtUp =
          o.until === null ||
          [...o.tables].every(
            (t) =>
              !loading.has(t) &&
              (confirmed[t] === undefined || o.until!.epoch !== epoch || (tableSeq.get(t) ?? 0) >= o.until!.seq),
          );
        if (caughtUp) o.tables.forEach((t) => freed.add(t));
        return !caughtUp;
      });
      return freed;
    };

    const request = (tables: Iterable<TableName>) => {
      for (const t of tables) queued.add(t);
      if (flushing) return;
      flushing = true;
      // Everything asked for in one turn (a page mounting ten hooks) goes in one call.
      queueMicrotask(() => {
        flushing = false;
        const workspaceId = get().workspaceId;
        const tables = [...queued];
        queued.clear();
        if (!workspaceId || tables.length === 0) return;
        const mine = new Map<TableName, number>();
        for (const t of tables) {
          const g = (generation.get(t) ?? 0) + 1;
          generation.set(t, g);
          mine.set(t, g);
          loading.add(t);
        }
        api['rows.load']({ workspaceId, tables }).then(
          (snapshot) => arrived(workspaceId, mine, snapshot),
          (err: unknown) => {
            if (get().workspaceId !== workspaceId) return;
            for (const [t, g] of mine) if (generation.get(t) === g) loading.delete(t);
            if (loading.size === 0) buffered = [];
            onError(err);
          },
        );
      });
    };

    const arrived = (workspaceId: string, mine: Map<TableName, number>, snapshot: RowsSnapshot) => {
      if (get().workspaceId !== workspaceId) return;
      const current = [...mine].filter(([t, g]) => generation.get(t) === g).map(([t]) => t);
      if (current.length === 0) return;
      const { stamp } = snapshot;
      if (stamp.epoch !== epoch) {
        // First answer, or the service reopened the workspace since the other tables were read.
        const stale = epoch === null ? [] : held().filter((t) => !current.includes(t));
        epoch = stamp.epoch;
        buffered = buffered.filter((e) => e.stamp?.epoch === epoch);
        lastSeq = Math.max(stamp.seq, ...buffered.map((e) => e.stamp!.seq));
        if (stale.length > 0) request(stale);
      }
      const next: TableRows = { ...confirmed };
      for (const t of current) {
        loading.delete(t);
        let rows = (snapshot.rows[t] ?? []) as Row<TableName>[];
        // Events that left after this snapshot was read; earlier ones it holds already.
        for (const e of buffered) {
          const more = e.rows?.[t] as Row<TableName>[] | undefined;
          if (e.stamp!.seq > stamp.seq && more) rows = mergeRows(rows, more);
        }
        (next as Record<string, unknown>)[t] = rows;
        tableSeq.set(t, Math.max(stamp.seq, lastSeq));
      }
      confirmed = next;
      if (loading.size === 0) buffered = [];
      const freed = settle();
      show(new Set([...current, ...freed]));
    };

    /** Every table the store holds or is fetching. */
    const held = (): TableName[] => [...new Set([...(Object.keys(confirmed) as TableName[]), ...loading, ...queued])];
    const reload = (tables: readonly TableName[]) => request(tables.filter((t) => confirmed[t] || loading.has(t)));

    const receive = (event: Changed) => {
      const { stamp, rows } = event;
      if (!stamp) return reload(event.tables);
      if (epoch === null) {
        // Nothing read yet: a load under way sorts this event out when it lands.
        if (loading.size > 0) buffered.push(event);
        return;
      }
      if (stamp.epoch !== epoch) {
        epoch = stamp.epoch;
        lastSeq = stamp.seq;
        buffered = [];
        return request(held());
      }
      if (stamp.seq <= lastSeq) return;
      if (stamp.seq > lastSeq + 1) {
        lastSeq = stamp.seq;
        return request(held());
      }
      lastSeq = stamp.seq;
      if (!rows) return reload(event.tables);
      if (loading.size > 0) buffered.push(event);
      const touched = new Set<TableName>();
      const next: TableRows = { ...confirmed };
      for (const t of Object.keys(rows) as TableName[]) {
        const have = confirmed[t] as Row<TableName>[] | undefined;
        if (!have || loading.has(t) || (tableSeq.get(t) ?? 0) >= stamp.seq) continue;
        (next as Record<string, unknown>)[t] = mergeRows(have, (rows as ChangedRows)[t] as Row<TableName>[]);
        touched.add(t);
      }
      confirmed = next;
      // The tables this event did not touch are as current as it is.
      for (const t of Object.keys(confirmed) as TableName[]) if (!loading.has(t)) tableSeq.set(t, stamp.seq);
      const freed = settle();
      show(new Set([...touched, ...freed]));
    };

    return {
      workspaceId: null,
      rows: {},
      revision: 0,
      ensure(table) {
        if (confirmed[table] !== undefined || loading.has(table) || queued.has(table)) return;
        request([table]);
      },
      refresh(tables) {
        request(tables.filter((t) => confirmed[t] !== undefined || loading.has(t)));
      },
      patch(edits) {
        const workspaceId = get().workspaceId;
        const overlay: Overlay = { edits, tables: new Set(edits.map((e) => e.table)), until: undefined };
        overlays.push(overlay);
        show(overlay.tables);
        const drop = () => {
          if (get().workspaceId !== workspaceId || !overlays.includes(overlay)) return;
          overlays = overlays.filter((o) => o !== overlay);
          show(overlay.tables);
        };
        const handle = drop as PatchHandle;
        handle.confirm = (stamp) => {
          if (get().workspaceId !== workspaceId || !overlays.includes(overlay)) return;
          overlay.until = stamp ?? null;
          const freed = settle();
          if (freed.size > 0) show(freed);
        };
        return handle;
      },
      receive(event) {
        if (event.workspaceId !== get().workspaceId) return;
        set({ revision: get().revision + 1 });
        receive(event);
      },
      reset(workspaceId) {
        confirmed = {};
        tableSeq.clear();
        generation.clear();
        loading.clear();
        queued.clear();
        buffered = [];
        overlays = [];
        epoch = null;
        lastSeq = 0;
        set({ workspaceId, rows: {}, revision: get().revision + 1 });
      },
    };
  });
}
