import type { Change } from '../../shared/changes';
import type { TableName } from '../../shared/schema/tables';
import type { Role } from '../../shared/sync-wire';
import { OfflineError, SyncHttpError, type SyncApi } from './api';
import { pullAll, pushPending, type EngineLimits, type SyncTarget } from './engine';
import { LiveConnection } from './live';
import { countPending, countPendingBeyondReview } from './outbox';
import { link, readCursor, readRole, writeRole } from './state';
import { backoffDelay, type Backoff, type TimerHandle, type Timers } from './timers';

/**
 * Background sync of one workspace: runs a round (pull, then push) when
 * something happened — a local edit (debounced), a live notification, a
 * reconnect — and retries failed rounds with exponential back-off. Offline is
 * a normal state: edits pile up as pending and go out when the server is back.
 */

export type LoopState = 'synced' | 'pending' | 'syncing' | 'offline' | 'error';
export type SyncErrorCode = 'signed_out' | 'forbidden' | 'read_only' | 'clock' | 'rejected' | 'server';

export interface LoopStatus {
  state: LoopState;
  /** Local changes the server has not acknowledged. */
  pending: number;
  reason: string | null;
  errorCode: SyncErrorCode | null;
  lastSyncedAt: number | null;
  nextRetryAt: number | null;
  role: Role | null;
  live: boolean;
}

export interface LoopDeps {
  target: SyncTarget;
  /** The signed-in client for this workspace's server; null when signed out. */
  api: () => SyncApi | null;
  timers: Timers;
  now: () => number;
  random: () => number;
  limits: EngineLimits;
  backoff: Backoff;
  debounceMs: number;
  /** Keep a live notification stream open (off in tests that drive rounds by hand). */
  live: boolean;
  onStatus(status: LoopStatus): void;
  /** `applied`: the changes that moved a field, when known (the page then patches instead of reloading). */
  onTables(tables: TableName[], applied?: readonly Change[]): void;
}

interface Failure {
  state: 'offline' | 'error';
  code: SyncErrorCode | null;
  reason: string;
  /** null: wait for the user (sign in) or for a kick. */
  retryMs: number | null;
}

export class SyncLoop {
  status: LoopStatus = {
    state: 'pending',
    pending: 0,
    reason: null,
    errorCode: null,
    lastSyncedAt: null,
    nextRetryAt: null,
    role: null,
    live: false,
  };
  private timer: TimerHandle | null = null;
  private dueAt = Infinity;
  private running: Promise<void> | null = null;
  private again = false;
  private attempt = 0;
  private stopped = false;
  private readonly liveConnection: LiveConnection | null;

  constructor(private readonly deps: LoopDeps) {
    this.liveConnection = deps.live
      ? new LiveConnection({
          open: (signal) => {
            const api = deps.api();
            return api ? api.events(deps.target.workspaceId, signal) : Promise.reject(new Error('signed out'));
          },
          onEvent: (name) => {
            if (name === 'ready' || name === 'changes' || name === 'resync') this.kick(0);
          },
          onConnected: (connected) => this.update({ live: connected }),
          timers: deps.timers,
          random: deps.random,
          backoff: deps.backoff,
        })
      : null;
  }

  start(): void {
    this.liveConnection?.start();
    // The role remembered from the last round, until this round's answer replaces it.
    void readRole(this.deps.target.db).then(
      (role) => {
        if (role && this.status.role === null && !this.stopped) this.update({ role });
      },
      () => undefined,
    );
    this.kick(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.liveConnection?.stop();
    this.clearTimer();
    await this.running?.catch(() => undefined);
  }

  /** Run a round after `delayMs`, unless one is due sooner; during a round, run another after it. */
  kick(delayMs = 0): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(delayMs);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    const due = this.deps.now() + delayMs;
    if (this.timer && this.dueAt <= due) return;
    this.clearTimer();
    this.dueAt = due;
    this.timer = this.deps.timers.set(() => {
      this.timer = null;
      this.dueAt = Infinity;
      void this.run();
    }, delayMs);
  }

  /**
   * A local edit: count it at once, send it soon — unless we are waiting out a
   * failure. Resolves once the count is in the status (callers need not wait).
   */
  localEdit(): Promise<void> {
    return countPending(this.deps.target.db).then((pending) => {
      const waiting = this.status.state === 'offline' || this.status.state === 'error';
      this.update(
        waiting || this.status.state === 'syncing'
          ? { pending }
          : { pending, state: pending > 0 ? 'pending' : 'synced' },
      );
      if (!waiting) this.kick(this.deps.debounceMs);
    });
  }

  /** Resolves when no round is running (one may still be scheduled). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  /** A round now (waiting for one in progress first); resolves with the status after it. */
  async syncNow(): Promise<LoopStatus> {
    this.clearTimer();
    await this.running?.catch(() => undefined);
    await this.run();
    return this.status;
  }

  private clearTimer(): void {
    if (this.timer) this.deps.timers.clear(this.timer);
    this.timer = null;
    this.dueAt = Infinity;
  }

  private run(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      do {
        this.again = false;
        await this.round();
      } while (this.again && !this.stopped && this.status.state !== 'offline' && this.status.state !== 'error');
    })().finally(() => (this.running = null));
    return this.running;
  }

  private update(patch: Partial<LoopStatus>): void {
    this.status = { ...this.status, ...patch };
    this.deps.onStatus(this.status);
  }

  private async round(): Promise<void> {
    const { target } = this.deps;
    const api = this.deps.api();
    if (!api) {
      return this.update({
        state: 'error',
        errorCode: 'signed_out',
        reason: 'signed out of the sync server: sign in to sync',
        nextRetryAt: null,
        pending: await countPending(target.db),
      });
    }
    this.update({ state: 'syncing', nextRetryAt: null });
    try {
      const info = await api.workspace(target.workspaceId);
      if (info.role !== this.status.role) await writeRole(target.db, info.role);
      // A server restored from an older backup has forgotten changes we pulled: offer everything again.
      if (info.seq < (await readCursor(target.db))) await target.db.transaction((tx) => link(tx, api.server));
      await pullAll(target, api, this.deps.limits, (tables, applied) => this.deps.onTables(tables, applied));
      // A viewer sends its comments and approvals; any other local edit stays here (the server would refuse the batch).
      await pushPending(target, api, this.deps.limits, info.role === 'viewer' ? 'review' : 'all');
      const pending = await countPending(target.db);
      this.attempt = 0;
      const stuck = info.role === 'viewer' ? await countPendingBeyondReview(target.db) : 0;
      if (stuck > 0) {
        return this.update({
          state: 'error',
          errorCode: 'read_only',
          reason: `your role in this workspace is viewer: ${stuck} local changes other than comments and approvals cannot be sent`,
          role: info.role,
          pending,
          lastSyncedAt: this.deps.now(),
        });
      }
      this.update({
        state: pending > 0 ? 'pending' : 'synced',
        errorCode: null,
        reason: null,
        role: info.role,
        pending,
        lastSyncedAt: this.deps.now(),
      });
      if (pending > 0) this.again = true;
    } catch (err) {
      const failure = classify(err);
      const retryMs =
        failure.retryMs === null
          ? null
          : failure.retryMs || backoffDelay(this.attempt++, this.deps.backoff, this.deps.random);
      this.update({
        state: failure.state,
        errorCode: failure.code,
        reason: failure.reason,
        pending: await countPending(target.db).catch(() => this.status.pending),
        nextRetryAt: retryMs === null ? null : this.deps.now() + retryMs,
      });
      // Not kick(): this round still counts as running, and the retry must be scheduled regardless.
      if (retryMs !== null) this.schedule(retryMs);
    }
  }
}

/** What a failed round means for the user, and when to try again (0: the usual back-off). */
export function classify(err: unknown): Failure {
  if (err instanceof OfflineError) return { state: 'offline', code: null, reason: err.message, retryMs: 0 };
  if (err instanceof SyncHttpError) {
    if (err.status === 401) return { state: 'error', code: 'signed_out', reason: err.message, retryMs: null };
    if (err.status === 403) return { state: 'error', code: 'forbidden', reason: err.message, retryMs: 0 };
    if (err.code === 'clock_drift') return { state: 'error', code: 'clock', reason: err.message, retryMs: 0 };
    if (err.status === 429)
      return { state: 'offline', code: null, reason: 'the server is busy; retrying', retryMs: err.retryAfterMs ?? 0 };
    if (err.status >= 500) return { state: 'error', code: 'server', reason: err.message, retryMs: 0 };
    return { state: 'error', code: 'rejected', reason: err.message, retryMs: 0 };
  }
  return { state: 'error', code: 'server', reason: err instanceof Error ? err.message : String(err), retryMs: 0 };
}
