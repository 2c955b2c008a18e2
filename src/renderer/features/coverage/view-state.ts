import { useCallback, useEffect, useState } from 'react';
import type { Scope } from './scope';

export const TABS = ['overview', 'matrix', 'departments', 'findings', 'trend'] as const;
export type CoverageTab = (typeof TABS)[number];

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
 * Which journey and view the dashboard shows, per workspace. A finding's link
 * leaves the dashboard for the journey map; coming back should show the same
 * journey and tab, so the state outlives the page component. It lives in the
 * window's sessionStorage rather than a store: only this page reads it, and
 * it should not outlive the window.
 */
export function useViewState(workspaceId: string | null): [ViewState, (patch: Partial<ViewState>) => void] {
  const key = `coverage.view.${workspaceId ?? ''}`;
  const [view, setView] = useState<ViewState>(() => parseView(readStorage(key)));
  useEffect(() => setView(parseView(readStorage(key))), [key]);
  const update = useCallback(
    (patch: Partial<ViewState>) =>
      setView((before) => {
        const next = { ...before, ...patch };
        writeStorage(key, JSON.stringify(next));
        return next;
      }),
    [key],
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
