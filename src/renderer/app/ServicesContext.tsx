import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Row, TableName } from '../../shared/schema/tables';
import type { SyncState } from '../features/sync/sync-store';
import type { DataState } from '../stores/data-store';
import type { NavState } from '../stores/nav-store';
import type { SessionState } from '../stores/session-store';
import type { ToastState } from '../stores/toast-store';
import type { Services } from './services';

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

export function useSession<U>(select: (s: SessionState) => U): U {
  return useStore(useServices().session, select);
}

export function useNav<U>(select: (s: NavState) => U): U {
  return useStore(useServices().nav, select);
}

export function useToasts<U>(select: (s: ToastState) => U): U {
  return useStore(useServices().toasts, select);
}

export function useSync<U>(select: (s: SyncState) => U): U {
  return useStore(useServices().sync, select);
}

export function useData<U>(select: (s: DataState) => U): U {
  return useStore(useServices().data, select);
}

/** The rows of a table in the current workspace (undefined while loading); loads on first use. */
export function useRows<T extends TableName>(table: T): Row<T>[] | undefined {
  const { data } = useServices();
  const workspaceId = useStore(data, (s) => s.workspaceId);
  const rows = useStore(data, (s) => s.rows[table]) as Row<T>[] | undefined;
  useEffect(() => {
    if (workspaceId) data.getState().ensure(table);
  }, [data, table, workspaceId, rows]);
  return rows;
}
