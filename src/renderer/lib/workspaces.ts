import type { TFunction } from 'i18next';
import type { WorkspaceSummary } from '../../shared/contract';

/** Workspaces to open first, then the ones that cannot be opened (each group keeps the list's order). */
export function readyFirst(list: readonly WorkspaceSummary[]): WorkspaceSummary[] {
  return [...list.filter((w) => w.status === 'ready'), ...list.filter((w) => w.status !== 'ready')];
}

/**
 * What tells a workspace apart from another of the same name on this device:
 * the file it came from, or else a piece of its id. Null when its name is its own.
 */
export function sameNameHint(
  t: TFunction,
  workspace: WorkspaceSummary,
  all: readonly WorkspaceSummary[],
): string | null {
  const name = workspace.name.trim();
  const alike = all.filter((w) => w.status === 'ready' && w.name.trim() === name);
  if (alike.length < 2) return null;
  return workspace.source
    ? t('workspace.fromFile', { file: workspace.source })
    : t('workspace.withId', { id: workspace.id.slice(0, 6) });
}
