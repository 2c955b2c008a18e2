import { ApiError, type ApplyResult, type ConflictSide, type EventName, type Events } from '../../shared/contract';
import { fieldKey, type ChangeValue } from '../../shared/changes';
import { OfflineError, SyncHttpError, normalizeServer, type SyncApi } from '../sync/api';
import { ConflictNotFound, dismissConflict, listConflicts, restoreConflict } from '../sync/conflicts';
import { SyncManager, type SyncManagerDeps, type SyncRuntime } from '../sync/manager';
import { readRole, readServer, unlink } from '../sync/state';
import { pullAll } from '../sync/engine';
import { prepareConnect, prepareDownload, prepareUpload } from '../sync/transfer';
import type { Role } from '../../shared/sync-wire';
import type { HandlerRegistry } from './registry';
import type { WorkspaceFiles } from './workspaces';

/**
 * The contract's sync.* and conflicts.* methods. The service calls
 * `localEdit` after every local commit so the background loop sends it soon.
 */

export interface SyncHandlersDeps extends Partial<SyncRuntime> {
  dataDir: string;
  files: WorkspaceFiles;
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
  now: () => number;
  changed?: SyncManagerDeps['changed'];
}

export interface SyncService {
  localEdit(workspaceId: string): void;
  /** This device's role in the workspace as the server last said; null when not synced or not yet known. */
  role(workspaceId: string): Role | null;
  /** The account this device syncs the workspace with; null when it does not sync or is signed out. */
  account(workspaceId: string): { id: string; name: string } | null;
  close(): Promise<void>;
}

/** Network and server refusals in the contract's error vocabulary. */
function asApiError(err: unknown): unknown {
  if (err instanceof OfflineError) return new ApiError('unavailable', err.message);
  if (err instanceof ConflictNotFound) return new ApiError('not_found', err.message);
  if (err instanceof SyncHttpError) {
    if (err.status === 401 || err.status === 403) return new ApiError('forbidden', err.message);
    if (err.status === 404) return new ApiError('not_found', err.message);
    if (err.status === 429 || err.status >= 500 || err.code === 'unexpected')
      return new ApiError('unavailable', err.message);
    return new ApiError('invalid_input', err.message);
  }
  return err;
}

function guard<I, O>(fn: (input: I) => Promise<O>): (input: I) => Promise<O> {
  return (input) =>
    fn(input).catch((err: unknown) => {
      throw asApiError(err);
    });
}

function server(input: string): string {
  try {
    return normalizeServer(input);
  } catch (err) {
    throw new ApiError('invalid_input', err instanceof Error ? err.message : String(err));
  }
}

const NAMES_FRESH_MS = 60_000;

export function registerSyncHandlers(registry: HandlerRegistry, deps: SyncHandlersDeps): SyncService {
  const { files } = deps;
  const manager = new SyncManager(deps);
  const names = new Map<string, { at: number; names: Map<string, string> }>();

  const signedIn = (address: string): SyncApi => {
    const api = manager.api(address);
    if (!api) throw new ApiError('forbidden', `sign in to ${address} first`);
    return api;
  };
  /** The client for the server this workspace syncs with. */
  const boundApi = async (workspaceId: string): Promise<SyncApi> => {
    const address = await readServer((await files.get(workspaceId)).db);
    if (!address) throw new ApiError('invalid_input', 'this workspace is not connected to a sync server');
    return signedIn(address);
  };
  /**
   * Device → account names for the conflict log, from the server's record of who pushed each
   * device's first changes; best effort, offline shows none. A device the cached list does not
   * know yet (someone who joined since) fetches the list again.
   */
  const nodeNames = async (workspaceId: string, needed: readonly string[] = []): Promise<Map<string, string>> => {
    const cached = names.get(workspaceId);
    const fresh = cached && deps.now() - cached.at < NAMES_FRESH_MS;
    if (cached && fresh && needed.every((n) => cached.names.has(n))) return cached.names;
    try {
      const fresh = new Map((await (await boundApi(workspaceId)).nodes(workspaceId)).map((n) => [n.node, n.name]));
      names.set(workspaceId, { at: deps.now(), names: fresh });
      return fresh;
    } catch {
      return cached?.names ?? new Map();
    }
  };

  registry
    .register('sync.accounts', async () => manager.accountList())
    .register(
      'sync.signUp',
      guard(async ({ server: address, invitation, ...rest }) => {
        const s = server(address);
        const session = await manager.anonymousApi(s).signUp({ ...rest, invitation: invitation || undefined });
        return manager.remember(s, session);
      }),
    )
    .register(
      'sync.signIn',
      guard(async ({ server: address, email, password }) => {
        const s = server(address);
        return manager.remember(s, await manager.anonymousApi(s).logIn({ email, password }));
      }),
    )
    .register(
      'sync.signOut',
      guard(async ({ server: address }) => {
        const s = server(address);
        // Revoke on the server when it is reachable; forget the token here in any case.
        await manager
          .api(s)
          ?.logOut()
          .catch(() => undefined);
        manager.forget(s);
        return {};
      }),
    )
    .register(
      'sync.remoteWorkspaces',
      guard(async ({ server: address }) => {
        const here = new Set(files.ids());
        const me = await signedIn(server(address)).me();
        return me.workspaces.map((w) => ({ id: w.id, name: w.name, role: w.role, onThisDevice: here.has(w.id) }));
      }),
    )
    .register('sync.status', async ({ workspaceId }) => manager.status(await files.get(workspaceId)))
    .register(
      'sync.upload',
      guard(async ({ workspaceId, server: address }) => {
        const api = signedIn(server(address));
        await prepareUpload(files, api, workspaceId);
        const handle = await files.get(workspaceId);
        await manager.bind(handle, api.server).syncNow();
        return manager.announce(handle);
      }),
    )
    .register(
      'sync.connect',
      guard(async ({ workspaceId, server: address }) => {
        const api = signedIn(server(address));
        const { handle } = await prepareConnect(files, api, workspaceId);
        // What the server holds comes in first, through the write path: changes both copies have
        // are then known on both sides, and only what is new here is sent (for a viewer: its
        // comments and approvals; other edits of its own stay here, and the status says so).
        await pullAll(
          { workspaceId, db: handle.db, clock: handle.clock },
          api,
          manager.runtime.limits,
          (tables, applied) => manager.changed(handle, tables, applied),
        );
        await manager.bind(handle, api.server).syncNow();
        return manager.announce(handle);
      }),
    )
    .register(
      'sync.download',
      guard(async ({ workspaceId, server: address }) => {
        const api = signedIn(server(address));
        const handle = await prepareDownload(files, api, workspaceId);
        deps.emit('workspaces', {});
        await manager.bind(handle, api.server).syncNow();
        return { id: workspaceId };
      }),
    )
    .register(
      'sync.now',
      guard(async ({ workspaceId }) => {
        const handle = await files.get(workspaceId);
        const bound = manager.loopOf(workspaceId);
        if (bound) await bound.loop.syncNow();
        else {
          // Bound in the file but not running (started before signing in, or autoStart off).
          const address = await readServer(handle.db);
          if (!address) throw new ApiError('invalid_input', 'this workspace is not connected to a sync server');
          await manager.bind(handle, address).syncNow();
        }
        return manager.announce(handle);
      }),
    )
    .register('sync.disconnect', async ({ workspaceId }) => {
      const handle = await files.get(workspaceId);
      await manager.unbind(workspaceId);
      await handle.db.transaction((tx) => unlink(tx));
      return manager.announce(handle);
    })
    .register(
      'sync.members',
      guard(async ({ workspaceId }) => (await boundApi(workspaceId)).members(workspaceId)),
    )
    .register(
      'sync.addMember',
      guard(async ({ workspaceId, email, role }) => {
        const api = await boundApi(workspaceId);
        await api.addMember(workspaceId, email, role);
        return api.members(workspaceId);
      }),
    )
    .register(
      'sync.setRole',
      guard(async ({ workspaceId, accountId, role }) => {
        const api = await boundApi(workspaceId);
        await api.setRole(workspaceId, accountId, role);
        return api.members(workspaceId);
      }),
    )
    .register(
      'sync.removeMember',
      guard(async ({ workspaceId, accountId }) => {
        const api = await boundApi(workspaceId);
        await api.removeMember(workspaceId, accountId);
        return api.members(workspaceId);
      }),
    )
    .register(
      'sync.invite',
      guard(async ({ workspaceId, server: address, role, expiresInHours }) => {
        if (workspaceId) return (await boundApi(workspaceId)).invite({ workspaceId, role, expiresInHours });
        return signedIn(server(address!)).invite({ expiresInHours });
      }),
    )
    .register('conflicts.list', async ({ workspaceId, includeDismissed }) => {
      const handle = await files.get(workspaceId);
      const entries = await listConflicts(handle.db, { localNode: handle.clock.node, includeDismissed });
      const others = entries.flatMap((e) => [e.kept, e.lost]).filter((side) => !side.thisDevice);
      const needed = [...new Set(others.map((side) => side.node))];
      if (needed.length === 0) return entries;
      const known = await nodeNames(workspaceId, needed);
      const named = (side: ConflictSide): ConflictSide => ({ ...side, author: known.get(side.node) ?? side.author });
      return entries.map((e) => ({ ...e, kept: named(e.kept), lost: named(e.lost) }));
    })
    .register(
      'conflicts.restore',
      guard(async ({ workspaceId, conflictId }): Promise<ApplyResult> => {
        const handle = await files.get(workspaceId);
        // A viewer's restore would diverge from the team's copy: the server refuses it, sync would
        // stay in error, and an approval would freeze a value the team never had.
        const role = manager.loopOf(workspaceId)?.loop.status.role ?? (await readRole(handle.db));
        if (role === 'viewer')
          throw new ApiError(
            'forbidden',
            'your role in this workspace is viewer: an overwritten value cannot be restored by a viewer; nothing was changed',
          );
        const outcome = await restoreConflict(handle.db, handle.clock, conflictId, () => new Date(deps.now()));
        for (const c of outcome.applied) {
          const before = outcome.previous.get(fieldKey(c));
          // Undo puts back what the field showed; label is an i18n key like the renderer's own.
          const undoValue = before ? (JSON.parse(before.value) as ChangeValue) : c.value;
          handle.history.record({
            label: 'conflicts.restore',
            undo: [{ table: c.table, row: c.row, column: c.column, value: undoValue }],
            redo: [{ table: c.table, row: c.row, column: c.column, value: c.value }],
          });
        }
        if (outcome.tables.length > 0) manager.changed(handle, outcome.tables, outcome.applied);
        manager.localEdit(workspaceId);
        await manager.announce(handle);
        return { applied: outcome.applied.length, history: handle.history.state() };
      }),
    )
    .register(
      'conflicts.dismiss',
      guard(async ({ workspaceId, conflictId }) => {
        const handle = await files.get(workspaceId);
        await dismissConflict(handle.db, conflictId);
        await manager.announce(handle);
        return { dismissed: conflictId };
      }),
    );

  if (manager.runtime.autoStart) void manager.start();
  return {
    localEdit: (id) => manager.localEdit(id),
    role: (id) => manager.loopOf(id)?.loop.status.role ?? null,
    account: (id) => {
      const bound = manager.loopOf(id);
      const stored = bound ? manager.accounts.get(bound.server) : undefined;
      return stored ? { id: stored.account.id, name: stored.account.name } : null;
    },
    close: () => manager.close(),
  };
}
