import type { Change } from '../../shared/changes';
import type { EventName, Events, SyncAccount, SyncStatus } from '../../shared/contract';
import type { TableName } from '../../shared/schema/tables';
import type { WorkspaceFiles, WorkspaceHandle } from '../service/workspaces';
import { AccountsFile, type StoredAccount } from './accounts-file';
import { normalizeServer, SyncApi, type FetchFn } from './api';
import { countOpenConflicts } from './conflicts';
import { DEFAULT_LIMITS, type EngineLimits } from './engine';
import { SyncLoop, type LoopStatus } from './loop';
import { readServer } from './state';
import { DEFAULT_BACKOFF, realTimers, type Backoff, type Timers } from './timers';

/**
 * Sync for every workspace of this device: the sign-ins (one per server), one
 * background loop per workspace bound to a server, and the status the page
 * shows. Everything that waits or talks to the network is injectable.
 */

export interface SyncRuntime {
  fetch: FetchFn;
  timers: Timers;
  random: () => number;
  limits: EngineLimits;
  backoff: Backoff;
  debounceMs: number;
  /** Keep live notification streams open. */
  live: boolean;
  /** Start the loops of bound workspaces when the service starts. */
  autoStart: boolean;
}

export interface SyncManagerDeps extends Partial<SyncRuntime> {
  dataDir: string;
  files: Pick<WorkspaceFiles, 'get' | 'create' | 'ids'>;
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
  now: () => number;
  /** Announces applied changes (the service's change feed); without it a bare `changed` event is sent. */
  changed?: (handle: WorkspaceHandle, tables: TableName[], applied: readonly Change[] | null) => void;
}

interface Bound {
  server: string;
  loop: SyncLoop;
}

/** Clock differences below this are network noise, not worth telling anyone. */
const SKEW_WORTH_SHOWING_MS = 30_000;

export class SyncManager {
  readonly accounts: AccountsFile;
  readonly runtime: SyncRuntime;
  private readonly bound = new Map<string, Bound>();
  private readonly apis = new Map<string, { token: string; api: SyncApi }>();
  private closed = false;

  constructor(private readonly deps: SyncManagerDeps) {
    this.accounts = new AccountsFile(deps.dataDir, deps.now);
    this.runtime = {
      fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
      timers: deps.timers ?? realTimers,
      random: deps.random ?? Math.random,
      limits: deps.limits ?? DEFAULT_LIMITS,
      backoff: deps.backoff ?? DEFAULT_BACKOFF,
      debounceMs: deps.debounceMs ?? 500,
      live: deps.live ?? true,
      autoStart: deps.autoStart ?? true,
    };
  }

  /** Binds the loops of every workspace file that names a server; a file that cannot be opened is skipped. */
  async start(): Promise<void> {
    for (const id of this.deps.files.ids()) {
      if (this.closed) return;
      try {
        const handle = await this.deps.files.get(id);
        const server = await readServer(handle.db);
        if (server) this.bind(handle, server);
      } catch {
        // listed with its problem by workspaces.list; nothing to sync
      }
    }
  }

  /** The signed-in client for a server; one per server so its clock-skew reading is shared. */
  api(server: string): SyncApi | null {
    const account = this.accounts.get(server);
    if (!account) return null;
    const cached = this.apis.get(server);
    if (cached?.token === account.token) return cached.api;
    const api = new SyncApi(server, account.token, this.runtime.fetch, 30_000, this.deps.now);
    this.apis.set(server, { token: account.token, api });
    return api;
  }

  anonymousApi(server: string): SyncApi {
    return new SyncApi(normalizeServer(server), null, this.runtime.fetch, 30_000, this.deps.now);
  }

  accountList(): SyncAccount[] {
    return this.accounts.list().map(toSyncAccount);
  }

  /** Keep a sign-in and wake the workspaces of that server. */
  remember(server: string, session: Omit<StoredAccount, 'server'>): SyncAccount {
    const entry = { server, ...session };
    this.accounts.put(entry);
    this.apis.delete(server);
    for (const b of this.bound.values()) if (b.server === server) b.loop.kick(0);
    return toSyncAccount(entry);
  }

  forget(server: string): void {
    this.accounts.remove(server);
    this.apis.delete(server);
    for (const b of this.bound.values()) if (b.server === server) b.loop.kick(0);
  }

  bind(handle: WorkspaceHandle, server: string): SyncLoop {
    const existing = this.bound.get(handle.id);
    if (existing?.server === server) return existing.loop;
    void existing?.loop.stop();
    const loop = new SyncLoop({
      target: { workspaceId: handle.id, db: handle.db, clock: handle.clock },
      api: () => this.api(server),
      timers: this.runtime.timers,
      now: this.deps.now,
      random: this.runtime.random,
      limits: this.runtime.limits,
      backoff: this.runtime.backoff,
      debounceMs: this.runtime.debounceMs,
      live: this.runtime.live,
      onStatus: (status) => void this.publish(handle, server, status),
      onTables: (tables, applied) => this.changed(handle, tables, applied),
    });
    this.bound.set(handle.id, { server, loop });
    if (!this.closed) loop.start();
    return loop;
  }

  async unbind(workspaceId: string): Promise<void> {
    const b = this.bound.get(workspaceId);
    this.bound.delete(workspaceId);
    await b?.loop.stop();
  }

  loopOf(workspaceId: string): Bound | undefined {
    return this.bound.get(workspaceId);
  }

  localEdit(workspaceId: string): void {
    void this.bound.get(workspaceId)?.loop.localEdit();
  }

  changed(handle: WorkspaceHandle, tables: TableName[], applied?: readonly Change[]): void {
    if (this.deps.changed) this.deps.changed(handle, tables, applied ?? null);
    else this.deps.emit('changed', { workspaceId: handle.id, tables, history: handle.history.state() });
  }

  async status(handle: WorkspaceHandle): Promise<SyncStatus> {
    const b = this.bound.get(handle.id);
    if (!b) {
      return {
        workspaceId: handle.id,
        state: 'local',
        server: null,
        pending: 0,
        reason: null,
        errorCode: null,
        lastSyncedAt: null,
        nextRetryAt: null,
        role: null,
        live: false,
        conflicts: await countOpenConflicts(handle.db),
        clockSkewMs: null,
      };
    }
    return this.compose(handle, b.server, b.loop.status);
  }

  async publish(handle: WorkspaceHandle, server: string, status: LoopStatus): Promise<void> {
    if (this.closed) return;
    const composed = await this.compose(handle, server, status).catch(() => null);
    if (composed) this.deps.emit('sync', composed);
  }

  /** Tell the page about a workspace's status now (after a restore, a disconnect). */
  async announce(handle: WorkspaceHandle): Promise<SyncStatus> {
    const status = await this.status(handle);
    if (!this.closed) this.deps.emit('sync', status);
    return status;
  }

  private async compose(handle: WorkspaceHandle, server: string, s: LoopStatus): Promise<SyncStatus> {
    const skew = this.apis.get(server)?.api.skewMs ?? null;
    return {
      workspaceId: handle.id,
      server,
      state: s.state,
      pending: s.pending,
      reason: s.reason,
      errorCode: s.errorCode,
      lastSyncedAt: s.lastSyncedAt,
      nextRetryAt: s.nextRetryAt,
      role: s.role,
      live: s.live,
      conflicts: await countOpenConflicts(handle.db),
      clockSkewMs: skew !== null && Math.abs(skew) >= SKEW_WORTH_SHOWING_MS ? skew : null,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const loops = [...this.bound.values()];
    this.bound.clear();
    for (const b of loops) await b.loop.stop();
  }
}

function toSyncAccount(a: StoredAccount): SyncAccount {
  return {
    server: a.server,
    accountId: a.account.id,
    email: a.account.email,
    name: a.account.name,
    instanceAdmin: a.account.instanceAdmin,
    expiresAt: a.expiresAt,
  };
}
