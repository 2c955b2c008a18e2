import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNav, useServices } from '../../app/ServicesContext';
import { COVERAGE_TABS, type CoverageTab } from '../../stores/nav-store';
import type { Scope } from './scope';

export const TABS = COVERAGE_TABS;
export type { CoverageTab };

export interface ViewState {
  scope: Scope;
  tab: CoverageTab;
  onlyUsedChannels: boolean;
}

const DEFAULT_VIEW: ViewState = { scope: { kind: 'workspace' }, tab: 'overview', onlyUsedChannels: false };

function isTab(value: unknown): value is CoverageTab {
  return typeof value === 'string' && (TABS as readonly string[]).includes(value);
}

/** Reads what was stored, keeping only fields that still make sense. */
export function parseView(raw: string | null): ViewState {
  if (!raw) return DEFAULT_VIEW;
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof ViewState, unknown>>;
    const scope = value.scope as { kind?: unknown; journeyId?: unknown } | undefined;
    return {
      scope:
        scope?.kind === 'journey' && typeof scope.journeyId === 'string'
          ? { kind: 'journey', journeyId: scope.journeyId }
          : { kind: 'workspace' },
      tab: isTab(value.tab) ? value.tab : DEFAULT_VIEW.tab,
      onlyUsedChannels: value.onlyUsedChannels === true,
    };
  } catch {
    return DEFAULT_VIEW;
  }
}

/**
 * Which journey and tab the dashboard shows, and whether the matrix hides unused
 * channels. Journey and tab are part of the place in the address (nav store), so
 * a reload, back and forward and a copied link show them, and coming back from
 * the map (a finding's link) finds them as they were. The matrix switch lives in
 * the window's sessionStorage: only this page reads it.
 */
export function useViewState(workspaceId: string | null): [ViewState, (patch: Partial<ViewState>) => void] {
  const { nav } = useServices();
  const coverage = useNav((s) => s.coverage);
  const key = `coverage.view.${workspaceId ?? ''}`;
  const [onlyUsedChannels, setOnlyUsed] = useState(() => parseView(readStorage(key)).onlyUsedChannels);
  useEffect(() => setOnlyUsed(parseView(readStorage(key)).onlyUsedChannels), [key]);
  const view = useMemo<ViewState>(
    () => ({
      scope: coverage.journeyId ? { kind: 'journey', journeyId: coverage.journeyId } : { kind: 'workspace' },
      tab: coverage.tab,
      onlyUsedChannels,
    }),
    [coverage, onlyUsedChannels],
  );
  const update = useCallback(
    (patch: Partial<ViewState>) => {
      if (patch.scope || patch.tab) {
        nav.getState().setCoverage({
          ...(patch.tab ? { tab: patch.tab } : {}),
          ...(patch.scope ? { journeyId: patch.scope.kind === 'journey' ? patch.scope.journeyId : null } : {}),
        });
      }
      if (patch.onlyUsedChannels !== undefined) {
        setOnlyUsed(patch.onlyUsedChannels);
        writeStorage(key, JSON.stringify({ ...view, onlyUsedChannels: patch.onlyUsedChannels }));
      }
    },
    [nav, key, view],
  );
  return [view, update];
}

// Storage can be unavailable (privacy settings) or full; the dashboard then simply forgets.
function readStorage(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    /* see readStorage */
  }
}
