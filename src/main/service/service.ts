import { checkEdit, fieldKey, type Change, type FieldEdit } from '../../shared/changes';
import {
  ApiError,
  type AppInfo,
  type ApplyResult,
  type EventName,
  type Events,
  type RowsSnapshot,
} from '../../shared/contract';
import { newId } from '../../shared/ids';
import { firstNonReviewEdit, viewerRefusal } from '../../shared/review/review-edits';
import { columnDef, type TableName } from '../../shared/schema/tables';
import { applyChanges } from '../store/apply';
import { decodeRow } from '../store/codec';
import type { Migration } from '../store/migrate';
import type { OpenedFiles } from '../opened-files';
import type { HistoryEntry } from './history';
import { Analyses } from './analyses';
import { ChangeFeed } from './change-feed';
import { readJourneyRows } from './journey-query';
import { registerExportHandlers } from './export-handlers';
import { registerInterchangeHandlers } from '../interchange/handlers';
import { refuseDuplicateCatalogueNames } from './catalogue-guard';
import { ownReviewEdits } from './review-guard';
import { HandlerRegistry, type Handlers } from './registry';
import { seedWorkspaceEdits } from './seed';
import { SettingsFile } from './settings';
import { registerSyncHandlers, type SyncHandlersDeps } from './sync-handlers';
import { registerTransferHandlers } from './transfer-handlers';
import { WorkspaceFiles, type WorkspaceHandle } from './workspaces';

export interface ServiceDeps {
  dataDir: string;
  migrations: readonly Migration[];
  info: Omit<AppInfo, 'dataDir'>;
  /** Pushes an event to every page that listens (IPC or server-sent events). */
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
  now?: () => number;
  /** The desktop window waits for this after asking the page to save (see main/electron/close-guard.ts). */
  onCloseReady?: (proceed: boolean) => void;
  /** Sync's network, timers and start-up behaviour (tests inject them). */
  sync?: Partial<Omit<SyncHandlersDeps, 'dataDir' | 'files' | 'emit' | 'now'>>;
  /** Files the operating system opened with the app (desktop shell); none in the browser host unless given. */
  openedFiles?: OpenedFiles;
}

export interface Service {
  handlers: Handlers;
  close(): Promise<void>;
}

/**
 * The desktop's services behind the API contract. Plain Node: the Electron shell
 * and the browser host both wrap this same object.
 */
export function createService(deps: ServiceDeps): Service {
  const now = deps.now ?? Date.now;
  const files = new WorkspaceFiles(deps.dataDir, deps.migrations, now);
  const settings = new SettingsFile(deps.dataDir, () => new Date(now()));
  const feed = new ChangeFeed(deps.emit);
  const analyses = new Analyses((id) => files.get(id), feed);
  /** For writers that announce tables only (an import): the event goes out numbered, without rows. */
  const emitThroughFeed = <E extends EventName>(event: E, payload: Events[E]): void => {
    if (event !== 'changed') return deps.emit(event, payload);
    const changed = payload as Events['changed'];
    feed.publish({ id: changed.workspaceId, db: null }, changed.tables, changed.history, null);
  };

  /** Stamp, apply, update the history, then tell the pages. */
  async function commit(
    handle: WorkspaceHandle,
    edits: readonly FieldEdit[],
    remember: (outcome: Awaited<ReturnType<typeof applyChanges>>) => void,
  ): Promise<ApplyResult> {
    // A viewer (reviewer) may comment and approve; anything else would be refused by the server anyway.
    if (sync.role(handle.id) === 'viewer') {
      const i = firstNonReviewEdit(edits);
      if (i >= 0) throw new ApiError('forbidden', viewerRefusal(edits[i]!, i));
    }
    // Signed by whoever is signed in (or this device's user); others' comments stay theirs.
    const account = sync.account(handle.id);
    const me = account
      ? { name: account.name, accountId: account.id }
      : { name: settings.read().userName, accountId: null };
    const owned = await ownReviewEdits(handle.db, edits, me, sync.role(handle.id) === 'admin');
    const changes: Change[] = owned.map((e) => ({ ...e, hlc: handle.clock.send() }));
    const outcome = await applyChanges(handle.db, changes, { now: () => new Date(now()) });
    remember(outcome);
    const history = handle.history.state();
    const stamp =
      outcome.tables.length > 0 ? feed.publish(handle, outcome.tables, history, outcome.applied) : undefined;
    if (outcome.applied.length > 0) sync.localEdit(handle.id);
    return stamp ? { applied: outcome.applied.length, history, stamp } : { applied: outcome.applied.length, history };
  }

  /** One user action: applied, and undoable as one step under `label`. */
  /** `scope`: the saves of one field edit share a group (one undo step); place is where undo takes the user. */
  function applyUndoable(
    handle: WorkspaceHandle,
    label: string,
    edits: readonly FieldEdit[],
    scope: { group: string | null; place: string | null } = { group: null, place: null },
  ): Promise<ApplyResult> {
    return commit(handle, edits, (outcome) => {
      if (outcome.applied.length > 0)
        handle.history.record({
          ...undoEntry(label, outcome.applied, outcome.previous, outcome.createdRows),
          ...scope,
        });
    });
  }

  async function replay(workspaceId: string, direction: 'undo' | 'redo'): Promise<ApplyResult> {
    const handle = await files.get(workspaceId);
    const entry = direction === 'undo' ? handle.history.takeUndo() : handle.history.takeRedo();
    if (!entry) return { applied: 0, history: handle.history.state() };
    try {
      return await commit(handle, direction === 'undo' ? entry.undo : entry.redo, () =>
        direction === 'undo' ? handle.history.undone(entry) : handle.history.redone(entry),
      );
    } catch (err) {
      // Refused (a viewer, a damaged file): the step stays where it was, to try again.
      handle.history.putBack(direction, entry);
      throw err;
    }
  }

  const registry = new HandlerRegistry()
    .register('app.info', async () => ({ ...deps.info, dataDir: deps.dataDir }))
    .register('shell.takeOpenedFiles', async () => deps.openedFiles?.take() ?? [])
    .register('settings.get', async () => settings.read())
    .register('settings.update', async (patch) => {
      const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = settings.update(clean);
      deps.emit('settings', next);
      return next;
    })
    .register('workspaces.list', () => files.list())
    .register('workspaces.create', async ({ name, language }) => {
      const id = newId();
      const handle = await files.create(id);
      await commit(handle, seedWorkspaceEdits(id, name, language), () => undefined);
      deps.emit('workspaces', {});
      return { id };
    })
    .register('rows.list', async ({ workspaceId, table, includeDeleted }) => {
      const handle = await files.get(workspaceId);
      const raw = await handle.db.all(
        `SELECT * FROM "${table}" ${includeDeleted ? '' : 'WHERE tombstone = 0'} ORDER BY id`,
      );
      return raw.map((r) => decodeRow(table, r));
    })
    .register('rows.load', async ({ workspaceId, tables }) => {
      const handle = await files.get(workspaceId);
      // One slot of the db queue: the stamp and every table describe the same moment.
      return handle.db.read(async (q) => {
        const stamp = feed.stamp(workspaceId);
        const rows: Record<string, unknown[]> = {};
        for (const table of new Set(tables)) {
          const raw = await q.all(`SELECT * FROM "${table}" WHERE tombstone = 0 ORDER BY id`);
          rows[table] = raw.map((r) => decodeRow(table, r));
        }
        return { stamp, rows: rows as RowsSnapshot['rows'] };
      });
    })
    .register('rows.lastEdited', async ({ workspaceId, table }) => {
      const handle = await files.get(workspaceId);
      const rows = await handle.db.all<{ row_id: string; hlc: string }>(
        "SELECT row_id, max(hlc) AS hlc FROM field_clock WHERE tbl = ? AND col <> 'tombstone' GROUP BY row_id",
        [table],
      );
      return Object.fromEntries(rows.map((r) => [r.row_id, r.hlc]));
    })
    .register('analysis.coverage', ({ workspaceId }) => analyses.coverage(workspaceId))
    .register('analysis.trend', ({ workspaceId, journeyId }) => analyses.trend(workspaceId, journeyId))
    .register('analysis.consistency', ({ workspaceId, journeyId }) => analyses.consistency(workspaceId, journeyId))
    .register('changes.history', async ({ workspaceId }) => {
      const handle = await files.get(workspaceId);
      const rows = await handle.db.all<{ hlc: string; tbl: string; row_id: string; col: string; value: string }>(
        'SELECT hlc, tbl, row_id, col, value FROM changes ORDER BY hlc',
      );
      return rows.map((r) => ({
        table: r.tbl as TableName,
        row: r.row_id,
        column: r.col,
        value: JSON.parse(r.value) as Change['value'],
        hlc: r.hlc,
      }));
    })
    .register('journeys.open', async ({ workspaceId, journeyId }) =>
      readJourneyRows((await files.get(workspaceId)).db, journeyId),
    )
    .register('edits.apply', async ({ workspaceId, label, edits, group, place }) => {
      const handle = await files.get(workspaceId);
      const checked = edits.map((e, i) => {
        const value = checkEdit(e, i);
        if (e.table === 'workspaces' && e.row !== workspaceId) {
          throw new ApiError('invalid_input', `change ${i + 1}: a workspace can only edit its own workspace row`);
        }
        return { ...e, table: e.table as TableName, value };
      });
      await refuseDuplicateCatalogueNames(handle.db, checked);
      return applyUndoable(handle, label, checked, { group: group ?? null, place: place ?? null });
    })
    .register('history.state', async ({ workspaceId }) => (await files.get(workspaceId)).history.state())
    .register('history.undo', ({ workspaceId }) => replay(workspaceId, 'undo'))
    .register('history.redo', ({ workspaceId }) => replay(workspaceId, 'redo'))
    .register('app.closeReady', async ({ proceed }) => {
      deps.onCloseReady?.(proceed);
      return {};
    });

  const stopOpenedFiles = deps.openedFiles?.onAdded(() => deps.emit('filesOpened', {}));
  registerExportHandlers(registry, { files, now });
  registerInterchangeHandlers(registry, { files, now, appVersion: deps.info.version, applyUndoable });
  const sync = registerSyncHandlers(registry, {
    ...deps.sync,
    dataDir: deps.dataDir,
    files,
    emit: deps.emit,
    now,
    changed: (handle, tables, applied) => feed.publish(handle, tables, handle.history.state(), applied),
  });
  registerTransferHandlers(registry, {
    files,
    appVersion: deps.info.version,
    emit: emitThroughFeed,
    now,
    localEdit: (id) => sync.localEdit(id),
    role: (id) => sync.role(id),
  });

  return {
    handlers: registry.complete(),
    close: async () => {
      stopOpenedFiles?.();
      await sync.close();
      await files.closeAll();
    },
  };
}

/** What undoes an applied batch: previous values, or a tombstone for rows the batch created. */
function undoEntry(
  label: string,
  applied: readonly Change[],
  previous: ReadonlyMap<string, { value: string } | null>,
  createdRows: ReadonlySet<string>,
): HistoryEntry {
  const undo: FieldEdit[] = [];
  const redo: FieldEdit[] = [];
  const tombstoned = new Set<string>();
  for (const c of applied) {
    // A snapshot is written once and never changed: undoing an approval keeps the snapshot it froze.
    if (c.table === 'snapshots') continue;
    redo.push({ table: c.table, row: c.row, column: c.column, value: c.value });
    if (createdRows.has(c.row)) {
      if (!tombstoned.has(c.row)) {
        tombstoned.add(c.row);
        undo.push({ table: c.table, row: c.row, column: 'tombstone', value: true });
        redo.push({ table: c.table, row: c.row, column: 'tombstone', value: false });
      }
      continue;
    }
    const before = previous.get(fieldKey(c));
    const value = before
      ? (JSON.parse(before.value) as FieldEdit['value'])
      : (columnDef(c.table, c.column)!.fallback as FieldEdit['value']);
    undo.push({ table: c.table, row: c.row, column: c.column, value });
  }
  return { label, undo, redo };
}
