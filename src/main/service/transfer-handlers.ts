import { ApiError, type EventName, type Events } from '../../shared/contract';
import { WorkspaceFileRefused } from '../../shared/workspace-file-format';
import { exportWorkspace } from '../transfer/export';
import { importWorkspaceFile } from '../transfer/import';
import type { HandlerRegistry } from './registry';
import type { WorkspaceFiles } from './workspaces';

/** workspaces.exportFile and workspaces.importFile: a workspace handed on as one file. */

export interface TransferHandlersDeps {
  files: WorkspaceFiles;
  appVersion: string;
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
  now: () => number;
  /** Wakes the sync loop of a workspace that received changes, as a local edit does. */
  localEdit: (workspaceId: string) => void;
}

export function registerTransferHandlers(registry: HandlerRegistry, deps: TransferHandlersDeps): void {
  const { files } = deps;
  registry
    .register('workspaces.exportFile', async ({ workspaceId }) => {
      const handle = await files.get(workspaceId);
      return exportWorkspace(handle.db, workspaceId, { appVersion: deps.appVersion, now: new Date(deps.now()) });
    })
    .register('workspaces.importFile', async ({ content }) => {
      let outcome;
      try {
        outcome = await importWorkspaceFile(files, content, deps.now);
      } catch (err) {
        if (err instanceof WorkspaceFileRefused) throw new ApiError('invalid_input', err.message);
        throw err;
      }
      const { handle } = outcome;
      if (outcome.tables.length > 0) deps.emit('changed', { workspaceId: handle.id, tables: outcome.tables, history: handle.history.state() });
      if (outcome.added > 0) deps.localEdit(handle.id);
      deps.emit('workspaces', {});
      const row = await handle.db.get<{ name: string }>('SELECT name FROM workspaces WHERE id = ?', [handle.id]);
      return {
        workspaceId: handle.id,
        name: row?.name ?? '',
        created: outcome.created,
        received: outcome.received,
        applied: outcome.added,
        alreadyKnown: outcome.alreadyKnown,
        fieldsChanged: outcome.fieldsChanged,
        keptNewer: outcome.keptNewer,
      };
    });
}
