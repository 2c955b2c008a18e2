import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FieldEdit } from '../../shared/changes';
import type { ApiClient } from '../../shared/contract';
import { emptyRow, type Row, type TableName } from '../../shared/schema/tables';

/** Rows of the current workspace, per table; a table is absent until something asks for it. */
export type TableRows = { [T in TableName]?: Row<T>[] };

export interface DataState {
  workspaceId: string | null;
  rows: TableRows;
  /** Load a table once (the hooks call this); later refreshes come from `changed` events. */
  ensure(table: TableName): void;
  /** Reload the tables that are loaded or loading; others load when asked for. */
  refresh(tables: readonly TableName[]): void;
  /**
   * Show edits at once, before the write path confirms them; the `changed` event then reloads.
   * Returns what puts the tables back as they were, for when the write is refused.
   */
  patch(edits: readonly FieldEdit[]): () => void;
  /** Another workspace: forget everything. */
  reset(workspaceId: string | null): void;
}

export type DataStore = StoreApi<DataState>;

type Loose = Record<string, unknown> & { id: string };

function patched<T extends TableName>(table: T, rows: readonly Row<T>[], edits: readonly FieldEdit[]): Row<T>[] {
  const byId = new Map<string, Loose>(rows.map((r) => [r.id, { ...(r as unknown as Loose) }]));
  for (const e of edits) {
    if (e.column === 'tombstone') {
      if (e.value === true) byId.delete(e.row);
      continue;
    }
    let row = byId.get(e.row);
    if (!row) byId.set(e.row, (row = emptyRow(table, e.row) as unknown as Loose));
    row[e.column] = e.value;
  }
  return [...byId.values()] as unknown as Row<T>[];
}

export function createDataStore(api: ApiClient, onError: (err: unknown) => void): DataStore {
  /** Per table, the number of the newest request: an older answer is dropped. */
  const generation = new Map<TableName, number>();
  const loading = new Set<TableName>();

  return createStore<DataState>()((set, get) => {
    const load = (table: TableName): void => {
      const workspaceId = get().workspaceId;
      if (!workspaceId) return;
      const mine = (generation.get(table) ?? 0) + 1;
      generation.set(table, mine);
      loading.add(table);
      api['rows.list']({ workspaceId, table })
        .then((rows) => {
          if (get().workspaceId !== workspaceId || generation.get(table) !== mine) return;
          loading.delete(table);
          set((s) => ({ rows: { ...s.rows, [table]: rows } }));
        })
        .catch((err: unknown) => {
          if (get().workspaceId !== workspaceId || generation.get(table) !== mine) return;
          loading.delete(table);
          onError(err);
        });
    };

    return {
      workspaceId: null,
      rows: {},
      ensure(table) {
        if (get().rows[table] !== undefined || loading.has(table)) return;
        load(table);
      },
      refresh(tables) {
        for (const table of tables) if (get().rows[table] !== undefined || loading.has(table)) load(table);
      },
      patch(edits) {
        const before = get().rows;
        const next: TableRows = { ...before };
        const touched: TableName[] = [];
        for (const table of new Set(edits.map((e) => e.table))) {
          const current = next[table];
          if (!current) continue;
          // An answer already on its way predates these edits.
          generation.set(table, (generation.get(table) ?? 0) + 1);
          loading.delete(table);
          (next as Record<string, unknown>)[table] = patched(
            table,
            current,
            edits.filter((e) => e.table === table),
          );
          touched.push(table);
        }
        set({ rows: next });
        const workspaceId = get().workspaceId;
        return () => {
          if (get().workspaceId !== workspaceId) return;
          const now: TableRows = { ...get().rows };
          // Only tables nothing newer has replaced since.
          for (const table of touched)
            if (now[table] === next[table]) (now as Record<string, unknown>)[table] = before[table];
          set({ rows: now });
        };
      },
      reset(workspaceId) {
        generation.clear();
        loading.clear();
        set({ workspaceId, rows: {} });
      },
    };
  });
}
