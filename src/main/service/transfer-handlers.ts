import { ApiError, type EventName, type Events, type SyncRole } from '../../shared/contract';
import type { Change } from '../../shared/changes';
import { firstNonReviewEdit } from '../../shared/review/review-edits';
import { WorkspaceFileRefused } from '../../shared/workspace-file-format';
import { exportWorkspace } from '../transfer/export';
import { importWorkspaceFile } from '../transfer/import';
import { writeSource } from '../transfer/source';
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
  /** This device's role in a synced workspace (null when not synced). */
  role: (workspaceId: string) => SyncRole | null;
}

export function registerTransferHandlers(registry: HandlerRegistry, deps: TransferHandlersDeps): void {
  const { files } = deps;
  registry
    .register('workspaces.exportFile', async ({ workspaceId }) => {
      const handle = await files.get(workspaceId);
      return exportWorkspace(handle.db, workspaceId, { appVersion: deps.appVersion, now: new Date(deps.now()) });
    })
    .register('workspaces.importFile', async ({ content, fileName }) => {
      let outcome;
      try {
        outcome = await importWorkspaceFile(files, content, deps.now, (id, fresh) =>
          admitForRole(deps.role(id), fresh),
        );
      } catch (err) {
        if (err instanceof WorkspaceFileRefused) throw new ApiError('invalid_input', err.message);
        throw err;
      }
      const { handle } = outcome;
      // Named after its source: a second "My workspace" on this device says which file it came from.
      if (outcome.created && fileName) await writeSource(handle.db, fileName);
      if (outcome.tables.length > 0)
        deps.emit('changed', { workspaceId: handle.id, tables: outcome.tables, history: handle.history.state() });
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

/**
 * A viewer's workspace takes comments and approvals from a file but no other
 * edits: the server would refuse to take them, and they would sit unsendable.
 */
function admitForRole(role: SyncRole | null, fresh: readonly Change[]): void {
  if (role !== 'viewer') return;
  const i = firstNonReviewEdit(fresh);
  if (i < 0) return;
  const c = fresh[i]!;
  throw new ApiError(
    'forbidden',
    `your role in this workspace is viewer: the file carries edits you cannot make here (such as ${c.table}.${c.column}); nothing was imported`,
  );
}
