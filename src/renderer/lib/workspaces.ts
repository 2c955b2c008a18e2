import type { WorkspaceSummary } from '../../shared/contract';

/** Workspaces to open first, then the ones that cannot be opened (each group keeps the list's order). */
export function readyFirst(list: readonly WorkspaceSummary[]): WorkspaceSummary[] {
  return [...list.filter((w) => w.status === 'ready'), ...list.filter((w) => w.status !== 'ready')];
}
