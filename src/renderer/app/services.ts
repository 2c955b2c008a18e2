import type { i18n } from 'i18next';
import type { ApiClient, EventSource } from '../../shared/contract';
import { createShellStore, type ShellStore } from './shell-store';
import { createSyncStore, type SyncStore } from '../features/sync/sync-store';
import { createI18n } from '../i18n';
import { resolveLanguage } from '../i18n/language';
import { createCommands, type Commands } from '../stores/commands';
import { createDataStore, type DataStore } from '../stores/data-store';
import { createNavStore, type NavStore } from '../stores/nav-store';
import { createSessionStore, type SessionStore } from '../stores/session-store';
import { createSaver, type Saver } from '../stores/saver';
import { createToastStore, type ToastStore } from '../stores/toast-store';
import { createAddress, type Address } from './address';
import { watchLeaving } from './leaving';

/** Everything the page shares, created once per app in main.tsx and handed down by context. */
export interface Services {
  api: ApiClient;
  i18n: i18n;
  session: SessionStore;
  data: DataStore;
  nav: NavStore;
  toasts: ToastStore;
  commands: Commands;
  /** Save as you type: staged field edits, flushed after a pause, on blur, navigation and leaving. */
  saver: Saver;
  /** The place in the address bar. */
  address: Address;
  /** Sync status of the current workspace and the signed-in accounts. */
  sync: SyncStore;
  /** Requests from the desktop shell (native menu, opened files). */
  shell: ShellStore;
  /** The events the desktop side pushes (menu commands, opened files, changes). */
  events: EventSource;
  /** Stop listening to events. */
  dispose(): void;
}

export function createServices(
  api: ApiClient,
  events: EventSource,
  systemLanguage: string,
  root: HTMLElement,
  win: Window = window,
): Services {
  const i18n = createI18n(resolveLanguage('system', systemLanguage));
  const toasts = createToastStore();
  const report = (err: unknown) => toasts.getState().report(err);
  const saver = createSaver({ set: (run, ms) => win.setTimeout(run, ms), clear: (h) => win.clearTimeout(h) });
  const session = createSessionStore({
    api,
    systemLanguage,
    defaultWorkspaceName: (language) => i18n.getFixedT(language)('workspace.defaultName'),
    onError: report,
    // The address is created below, before the session starts: it may name the workspace to open.
    preferredWorkspace: () => address.preferredWorkspace(),
    beforeSwitch: () => saver.flushNow(),
  });
  const data = createDataStore(api, report);
  const nav = createNavStore();
  // The desktop app keeps the last place across restarts; a browser tab has its address for that.
  const address: Address = createAddress(nav, session, win, win.workbench !== undefined);
  const commands = createCommands({ api, session, data, toasts, saver, place: address });
  const sync = createSyncStore(api, report);
  const stopLeaving = watchLeaving({
    win,
    saver,
    api,
    toasts,
    onClosing: (listener) => events.on('closing', listener),
  });

  const showLanguage = (language: string) => {
    root.lang = language;
    document.title = i18n.t('app.name');
  };
  showLanguage(i18n.language);
  i18n.on('languageChanged', showLanguage);

  const unsubscribeSession = session.subscribe((state, before) => {
    if (state.language !== before.language) void i18n.changeLanguage(state.language);
    if (state.workspaceId !== before.workspaceId) {
      data.getState().reset(state.workspaceId);
      nav.getState().resetForWorkspace();
      if (state.workspaceId) address.workspaceOpened(state.workspaceId);
      sync.getState().load(state.workspaceId);
    }
  });
  // Moving elsewhere saves what was typed where the user was.
  const offNav = nav.subscribe(() => saver.flushNow());

  const offChanged = events.on('changed', (event) => {
    if (event.tables.includes('workspaces')) void session.getState().refreshWorkspaces();
    if (event.workspaceId !== session.getState().workspaceId) return;
    session.getState().setHistory(event.workspaceId, event.history);
    data.getState().receive(event);
  });
  const offWorkspaces = events.on('workspaces', () => void session.getState().refreshWorkspaces());
  const offSync = events.on('sync', (status) => sync.getState().receive(status));

  return {
    api,
    i18n,
    session,
    data,
    nav,
    toasts,
    commands,
    saver,
    address,
    sync,
    shell: createShellStore(),
    events,
    dispose() {
      offNav();
      stopLeaving();
      address.dispose();
      offChanged();
      offSync();
      offWorkspaces();
      unsubscribeSession();
      i18n.off('languageChanged', showLanguage);
    },
  };
}
