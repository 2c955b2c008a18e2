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
import { createToastStore, type ToastStore } from '../stores/toast-store';

/** Everything the page shares, created once per app in main.tsx and handed down by context. */
export interface Services {
  api: ApiClient;
  i18n: i18n;
  session: SessionStore;
  data: DataStore;
  nav: NavStore;
  toasts: ToastStore;
  commands: Commands;
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
): Services {
  const i18n = createI18n(resolveLanguage('system', systemLanguage));
  const toasts = createToastStore();
  const report = (err: unknown) => toasts.getState().report(err);
  const session = createSessionStore({
    api,
    systemLanguage,
    defaultWorkspaceName: (language) => i18n.getFixedT(language)('workspace.defaultName'),
    onError: report,
  });
  const data = createDataStore(api, report);
  const nav = createNavStore();
  const commands = createCommands(api, session, data, toasts);
  const sync = createSyncStore(api, report);

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
      sync.getState().load(state.workspaceId);
    }
  });

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
    sync,
    shell: createShellStore(),
    events,
    dispose() {
      offChanged();
      offSync();
      offWorkspaces();
      unsubscribeSession();
      i18n.off('languageChanged', showLanguage);
    },
  };
}
