import { ApiError } from '../../shared/contract';
import type { Role } from '../../shared/sync-wire';
import type { WorkspaceFiles, WorkspaceHandle } from '../service/workspaces';
import { SyncHttpError, type SyncApi } from './api';
import { link, readServer, writeRole } from './state';

/**
 * Putting a local workspace on a server, and taking one from a server onto
 * this device. Both only bind the workspace; the background loop then moves
 * the data, so a large upload or download survives going offline halfway.
 */

export async function prepareUpload(
  files: Pick<WorkspaceFiles, 'get'>,
  api: SyncApi,
  workspaceId: string,
): Promise<void> {
  const handle = await files.get(workspaceId);
  const current = await readServer(handle.db);
  if (current && current !== api.server) {
    throw new ApiError('invalid_input', `this workspace syncs with ${current}: disconnect it from there first`);
  }
  const row = await handle.db.get<{ name: string }>('SELECT name FROM workspaces WHERE id = ?', [workspaceId]);
  try {
    await api.createWorkspace(workspaceId, row?.name || 'Workspace');
  } catch (err) {
    // Created by an earlier, interrupted upload: fine if we may write to it.
    if (!(err instanceof SyncHttpError && err.status === 409)) throw err;
    const info = await api.workspace(workspaceId);
    if (info.role === 'viewer')
      throw new ApiError('forbidden', 'this workspace exists on the server and your role there is viewer');
  }
  // Binding again to the same server keeps the cursor; a first binding offers everything.
  if (current !== api.server) await handle.db.transaction((tx) => link(tx, api.server));
}

/**
 * Binds a workspace that is on this device already (imported from a file) to
 * the server's copy of it. Nothing is created on the server; the first round
 * then merges both histories, and the role the server gives is kept at once
 * (a viewer's workspace sends only comments and approvals).
 */
export async function prepareConnect(
  files: Pick<WorkspaceFiles, 'get'>,
  api: SyncApi,
  workspaceId: string,
): Promise<{ handle: WorkspaceHandle; role: Role }> {
  const handle = await files.get(workspaceId);
  const current = await readServer(handle.db);
  if (current && current !== api.server) {
    throw new ApiError('invalid_input', `this workspace syncs with ${current}: disconnect it from there first`);
  }
  let role: Role;
  try {
    role = (await api.workspace(workspaceId)).role;
  } catch (err) {
    if (err instanceof SyncHttpError && err.status === 404)
      throw new ApiError(
        'not_found',
        'the server has no copy of this workspace that your account may open: upload it, or ask for an invitation',
      );
    throw err;
  }
  await handle.db.transaction(async (tx) => {
    if (current !== api.server) await link(tx, api.server);
    await writeRole(tx, role);
  });
  return { handle, role };
}

export async function prepareDownload(
  files: Pick<WorkspaceFiles, 'create' | 'ids'>,
  api: SyncApi,
  workspaceId: string,
) {
  await api.workspace(workspaceId);
  if (files.ids().includes(workspaceId))
    throw new ApiError('invalid_input', 'this workspace is on this device already');
  const handle = await files.create(workspaceId);
  await handle.db.transaction((tx) => link(tx, api.server));
  return handle;
}
