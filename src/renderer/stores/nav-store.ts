import { createStore, type StoreApi } from 'zustand/vanilla';

export const SECTIONS = ['journeys', 'messages', 'coverage', 'review', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export type JourneyView =
  | { kind: 'list' }
  | { kind: 'new' }
  /**
   * `focus` asks the page to put the keyboard on one of its controls once, e.g. back on "Present" after presenting.
   * `touchpointId` is the card selected on the map (its details in the side panel).
   */
  | { kind: 'detail'; journeyId: string; focus?: 'present'; touchpointId?: string | null }
  /** Full-screen presentation, one stage at a time. */
  | { kind: 'present'; journeyId: string }
  /** Workshop capture board: sticky notes per stage. */
  | { kind: 'workshop'; journeyId: string };
/** A place in the Messages section that a link elsewhere asks for; the section opens it once. */
export interface MessagesPlace {
  journeyId: string;
  touchpointId: string | null;
  /** Bring the core message's comment threads into view (the link came from a comment). */
  comments?: boolean;
}
export type SettingsTab = 'general' | 'catalogue' | 'workspaces' | 'server' | 'conflicts';

export interface NavState {
  section: Section;
  journeyView: JourneyView;
  settingsTab: SettingsTab;
  messagesPlace: MessagesPlace | null;
  go(section: Section): void;
  showJourneys(view: JourneyView): void;
  showSettings(tab: SettingsTab): void;
  showMessages(place: MessagesPlace): void;
  /** The Messages section has opened the place. */
  clearMessagesPlace(): void;
  /** Another workspace: views that point at its rows no longer apply. */
  resetForWorkspace(): void;
}

export type NavStore = StoreApi<NavState>;

/** Where the user is. The journey map (a later issue) adds its own view kind here. */
export function createNavStore(): NavStore {
  return createStore<NavState>()((set) => ({
    section: 'journeys',
    journeyView: { kind: 'list' },
    settingsTab: 'catalogue',
    messagesPlace: null,
    go: (section) => set(section === 'journeys' ? { section, journeyView: { kind: 'list' } } : { section }),
    showJourneys: (journeyView) => set({ section: 'journeys', journeyView }),
    showSettings: (settingsTab) => set({ section: 'settings', settingsTab }),
    showMessages: (messagesPlace) => set({ section: 'messages', messagesPlace }),
    clearMessagesPlace: () => set({ messagesPlace: null }),
    resetForWorkspace: () => set({ journeyView: { kind: 'list' }, messagesPlace: null }),
  }));
}
