import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient, AppInfo, HistoryState, WorkspaceSummary } from '../../shared/contract';
import { DEFAULT_SETTINGS, type LanguageSetting, type Settings } from '../../shared/settings';
import { resolveLanguage, type UiLanguage } from '../i18n/language';

export const NO_HISTORY: HistoryState = {
  canUndo: false,
  canRedo: false,
  undoLabel: null,
  redoLabel: null,
  undo: null,
  redo: null,
};

export interface SessionState {
  phase: 'starting' | 'ready' | 'failed';
  failure: unknown;
  info: AppInfo | null;
  settings: Settings;
  /** The language the interface speaks now (setting or system). */
  language: UiLanguage;
  workspaces: WorkspaceSummary[];
  workspaceId: string | null;
  history: HistoryState;
  /** Load settings and workspaces; on a first start create a workspace. Safe to call twice. */
  start(): Promise<void>;
  refreshWorkspaces(): Promise<void>;
  selectWorkspace(id: string): Promise<void>;
  createWorkspace(name: string): Promise<string>;
  setLanguage(language: LanguageSetting): Promise<void>;
  /** The history after an edit, undo or `changed` event, if it is about the current workspace. */
  setHistory(workspaceId: string, history: HistoryState): void;
}

export type SessionStore = StoreApi<SessionState>;

export interface SessionDeps {
  api: ApiClient;
  /** What the system says (navigator.language in the page). */
  systemLanguage: string;
  /** The name of the workspace a first start creates, in the given language. */
  defaultWorkspaceName: (language: UiLanguage) => string;
  onError: (err: unknown) => void;
  /** A workspace the page's address names: opened at start when it is on this device. */
  preferredWorkspace?: () => string | null;
  /** Runs before another workspace opens: what is typed in this one is saved first. */
  beforeSwitch?: () => void;
}

export function createSessionStore({
  api,
  systemLanguage,
  defaultWorkspaceName,
  onError,
  preferredWorkspace,
  beforeSwitch,
}: SessionDeps): SessionStore {
  let starting: Promise<void> | null = null;

  return createStore<SessionState>()((set, get) => {
    const remember = (workspaceId: string) =>
      api['settings.update']({ lastWorkspaceId: workspaceId }).then((settings) => set({ settings }));

    const loadHistory = async (workspaceId: string) => {
      try {
        get().setHistory(workspaceId, await api['history.state']({ workspaceId }));
      } catch (err) {
        onError(err);
      }
    };

    const boot = async () => {
      const [settings, info, listed] = await Promise.all([
        api['settings.get']({}),
        api['app.info']({}),
        api['workspaces.list']({}),
      ]);
      const language = resolveLanguage(settings.language, systemLanguage);
      set({ settings, info, language, workspaces: listed });
      const ready = listed.filter((w) => w.status === 'ready');
      const named = preferredWorkspace?.() ?? null;
      let chosen =
        ready.find((w) => w.id === named)?.id ??
        ready.find((w) => w.id === settings.lastWorkspaceId)?.id ??
        ready[0]?.id;
      if (!chosen) {
        chosen = (await api['workspaces.create']({ name: defaultWorkspaceName(language), language })).id;
        set({ workspaces: await api['workspaces.list']({}) });
      }
      if (chosen !== settings.lastWorkspaceId) await remember(chosen);
      set({ workspaceId: chosen, history: NO_HISTORY, phase: 'ready', failure: null });
      await loadHistory(chosen);
    };

    return {
      phase: 'starting',
      failure: null,
      info: null,
      settings: { ...DEFAULT_SETTINGS },
      language: resolveLanguage('system', systemLanguage),
      workspaces: [],
      workspaceId: null,
      history: NO_HISTORY,

      start() {
        if (!starting) {
          set({ phase: 'starting', failure: null });
          starting = boot().catch((failure: unknown) => {
            starting = null;
            set({ phase: 'failed', failure });
          });
        }
        return starting;
      },

      async refreshWorkspaces() {
        try {
          set({ workspaces: await api['workspaces.list']({}) });
        } catch (err) {
          onError(err);
        }
      },

      async selectWorkspace(id) {
        if (id === get().workspaceId) return;
        beforeSwitch?.();
        set({ workspaceId: id, history: NO_HISTORY });
        await Promise.all([remember(id).catch(onError), loadHistory(id)]);
      },

      async createWorkspace(name) {
        const { id } = await api['workspaces.create']({ name, language: get().language });
        await get().refreshWorkspaces();
        await get().selectWorkspace(id);
        return id;
      },

      async setLanguage(choice) {
        const before = get().settings;
        // Switch at once; the setting is saved behind it and put back if saving fails.
        set({ settings: { ...before, language: choice }, language: resolveLanguage(choice, systemLanguage) });
        try {
          const settings = await api['settings.update']({ language: choice });
          set({ settings, language: resolveLanguage(settings.language, systemLanguage) });
        } catch (err) {
          set({ settings: before, language: resolveLanguage(before.language, systemLanguage) });
          throw err;
        }
      },

      setHistory(workspaceId, history) {
        if (workspaceId === get().workspaceId) set({ history });
      },
    };
  });
}
