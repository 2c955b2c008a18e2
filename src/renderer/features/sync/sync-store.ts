import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient, SyncAccount, SyncStatus } from '../../../shared/contract';

export interface SyncState {
  /** The current workspace's status; null until loaded. */
  status: SyncStatus | null;
  accounts: SyncAccount[];
  /** Another workspace became current (or the first one): load its status. */
  load(workspaceId: string | null): void;
  /** A `sync` event: applies when it is about the current workspace. */
  receive(status: SyncStatus): void;
  refreshAccounts(): Promise<void>;
}

export type SyncStore = StoreApi<SyncState>;

/** Sync status and accounts for the page, fed by `sync.status` and the `sync` event. */
export function createSyncStore(api: ApiClient, onError: (err: unknown) => void): SyncStore {
  let current: string | null = null;
  return createStore<SyncState>()((set, get) => ({
    status: null,
    accounts: [],
    load(workspaceId) {
      current = workspaceId;
      set({ status: null });
      if (!workspaceId) return;
      api['sync.status']({ workspaceId })
        .then((status) => {
          // A `sync` event may have arrived meanwhile; both describe the same moment closely enough.
          if (current === workspaceId) set({ status });
        })
        .catch(onError);
      void get().refreshAccounts();
    },
    receive(status) {
      if (status.workspaceId === current) set({ status });
    },
    async refreshAccounts() {
      try {
        set({ accounts: await api['sync.accounts']({}) });
      } catch (err) {
        onError(err);
      }
    },
  }));
}
