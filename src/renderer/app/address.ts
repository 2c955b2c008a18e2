import type { PlaceAccess } from '../stores/commands';
import { HOME, type NavPlace, type NavState, type NavStore } from '../stores/nav-store';
import { hashOf, parseHash, scopeOf, type AddressPlace } from '../stores/place';
import type { SessionStore } from '../stores/session-store';

/**
 * Keeps the place in the address bar: every move writes the fragment (a new
 * entry in the browser's history for a new page, the same entry for a card
 * picked on the same page), and back, forward and a pasted link move the app.
 * The desktop app has no address bar that survives a restart, so there the
 * last place is also kept in local storage.
 */

export interface AddressWindow {
  location: { hash: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  requestAnimationFrame(run: () => void): number;
  localStorage?: Pick<Storage, 'getItem' | 'setItem'>;
}

export interface Address extends PlaceAccess {
  /** The workspace the address names, for the start to open it. */
  preferredWorkspace(): string | null;
  /** The session opened a workspace (its views were reset): go to the place the address named for it. */
  workspaceOpened(workspaceId: string): void;
  dispose(): void;
}

const LAST_PLACE = 'workbench.lastPlace';

function placeOf(s: NavState): NavPlace {
  return {
    section: s.section,
    journeyView: s.journeyView,
    settingsTab: s.settingsTab,
    coverage: s.coverage,
    messages: s.messages,
    reviewJourneyId: s.reviewJourneyId,
  };
}

/** The page without the card picked on it: a new page is a new step in the browser's history. */
function pageOf(place: NavPlace): string {
  const v = place.journeyView;
  return hashOf(
    {
      ...place,
      journeyView: v.kind === 'detail' ? { kind: 'detail', journeyId: v.journeyId, tab: v.tab } : v,
      messages: { ...place.messages, touchpointId: null },
    },
    null,
  );
}

/** The page showed a journey by default and now names it: the same page, said more exactly. */
function defaultNamed(was: NavPlace, now: NavPlace): boolean {
  return (
    was.section === 'messages' &&
    was.messages.journeyId === null &&
    pageOf({ ...now, messages: { ...now.messages, journeyId: null } }) === pageOf(was)
  );
}

export function createAddress(nav: NavStore, session: SessionStore, win: AddressWindow, remember: boolean): Address {
  const stored = (): string | null => {
    try {
      return remember ? (win.localStorage?.getItem(LAST_PLACE) ?? null) : null;
    } catch {
      return null;
    }
  };
  let pending: AddressPlace | null = parseHash(win.location.hash) ?? parseHash(stored() ?? '');
  let restoring = false;

  const write = (mode: 'push' | 'replace') => {
    const { workspaceId, phase } = session.getState();
    if (phase !== 'ready' || !workspaceId || pending) return;
    const hash = hashOf(placeOf(nav.getState()), workspaceId);
    if (hash !== win.location.hash) {
      if (mode === 'push') win.history.pushState(null, '', hash);
      else win.history.replaceState(null, '', hash);
    }
    if (remember) {
      try {
        win.localStorage?.setItem(LAST_PLACE, hash);
      } catch {
        // storage full or refused: the address bar still has the place
      }
    }
  };

  const show = (target: AddressPlace | null) => {
    const { workspaceId } = session.getState();
    if (target?.workspaceId && workspaceId && target.workspaceId !== workspaceId) {
      const known = session.getState().workspaces.some((w) => w.id === target.workspaceId && w.status === 'ready');
      if (known) {
        pending = target;
        void session.getState().selectWorkspace(target.workspaceId);
        return;
      }
    }
    restoring = true;
    try {
      nav.getState().restore(target?.place ?? HOME);
    } finally {
      restoring = false;
    }
    write('replace');
  };

  const offNav = nav.subscribe((state, before) => {
    if (restoring) return;
    const now = placeOf(state);
    const was = placeOf(before);
    write(pageOf(now) === pageOf(was) || defaultNamed(was, now) ? 'replace' : 'push');
  });
  const offSession = session.subscribe((state, before) => {
    if (state.phase === 'ready' && (before.phase !== 'ready' || state.workspaceId !== before.workspaceId))
      write('replace');
  });
  const onPop = () => show(parseHash(win.location.hash));
  win.addEventListener('popstate', onPop);

  return {
    preferredWorkspace: () => pending?.workspaceId ?? null,
    workspaceOpened(workspaceId) {
      const target = pending;
      if (!target || (target.workspaceId && target.workspaceId !== workspaceId)) {
        pending = null;
        return;
      }
      pending = null;
      restoring = true;
      try {
        nav.getState().restore(target.place);
      } finally {
        restoring = false;
      }
      write('replace');
    },
    current: () => {
      const { workspaceId } = session.getState();
      return workspaceId ? hashOf(placeOf(nav.getState()), workspaceId) : null;
    },
    go(place) {
      const target = parseHash(place);
      if (target) {
        restoring = true;
        try {
          nav.getState().restore(target.place);
        } finally {
          restoring = false;
        }
        write('push');
      }
      // Two frames: React renders the place, then its effects (a card selected, a panel open) have run.
      return new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));
    },
    same(a, b) {
      const pa = parseHash(a);
      const pb = parseHash(b);
      return !!pa && !!pb && scopeOf(pa.place) === scopeOf(pb.place);
    },
    dispose() {
      offNav();
      offSession();
      win.removeEventListener('popstate', onPop);
    },
  };
}
