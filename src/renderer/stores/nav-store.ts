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
  | {
      kind: 'detail';
      journeyId: string;
      focus?: 'present';
      touchpointId?: string | null;
      /** The journey page's tab (absent: the map). */
      tab?: JourneyTab;
      /** Open the comparison with the last approval once (a "changed since" link from elsewhere). */
      compare?: boolean;
    }
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
/** The tabs of a journey's page: the map, its name, persona and stages, its comments and sign-offs. */
export const JOURNEY_TABS = ['map', 'settings', 'review'] as const;
export type JourneyTab = (typeof JOURNEY_TABS)[number];
export const SETTINGS_TABS = ['general', 'catalogue', 'workspaces', 'server', 'conflicts'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];
export const COVERAGE_TABS = ['overview', 'matrix', 'departments', 'findings', 'trend'] as const;
export type CoverageTab = (typeof COVERAGE_TABS)[number];
export const MESSAGES_TABS = ['write', 'simulate', 'check', 'facts'] as const;
export type MessagesTab = (typeof MESSAGES_TABS)[number];

/** Which tab and journey the coverage dashboard shows (null journey: the whole workspace). */
export interface CoverageView {
  tab: CoverageTab;
  journeyId: string | null;
}

/** Where the Messages section is: the tab, the journey and the touchpoint being written. */
export interface MessagesView {
  tab: MessagesTab;
  journeyId: string | null;
  touchpointId: string | null;
}

/** Everything that makes up the place, the part of the state the address keeps (see place.ts). */
export interface NavPlace {
  section: Section;
  journeyView: JourneyView;
  settingsTab: SettingsTab;
  coverage: CoverageView;
  messages: MessagesView;
  /** The journey picked on the review desk. */
  reviewJourneyId: string | null;
}

export interface NavState extends NavPlace {
  messagesPlace: MessagesPlace | null;
  go(section: Section): void;
  showJourneys(view: JourneyView): void;
  showSettings(tab: SettingsTab): void;
  showMessages(place: MessagesPlace): void;
  /** The Messages section has opened the place. */
  clearMessagesPlace(): void;
  /** The map selected a card (or none): kept in the place, without a step of its own in the browser's history. */
  selectTouchpoint(journeyId: string, touchpointId: string | null): void;
  /** Another tab of the journey's page (a new step in the browser's history). */
  showJourneyTab(journeyId: string, tab: JourneyTab): void;
  setCoverage(patch: Partial<CoverageView>): void;
  setMessages(patch: Partial<MessagesView>): void;
  showReview(journeyId: string | null): void;
  /** Go to a place read from the address (reload, back/forward, a link, undo). */
  restore(place: NavPlace): void;
  /** Another workspace: views that point at its rows no longer apply. */
  resetForWorkspace(): void;
}

export type NavStore = StoreApi<NavState>;

export const HOME: NavPlace = {
  section: 'journeys',
  journeyView: { kind: 'list' },
  settingsTab: 'catalogue',
  coverage: { tab: 'overview', journeyId: null },
  messages: { tab: 'write', journeyId: null, touchpointId: null },
  reviewJourneyId: null,
};

/** Where the user is. */
export function createNavStore(initial: NavPlace = HOME): NavStore {
  return createStore<NavState>()((set) => ({
    ...initial,
    messagesPlace: null,
    go: (section) => set(section === 'journeys' ? { section, journeyView: { kind: 'list' } } : { section }),
    showJourneys: (journeyView) => set({ section: 'journeys', journeyView }),
    showSettings: (settingsTab) => set({ section: 'settings', settingsTab }),
    showMessages: (messagesPlace) =>
      set((s) => ({
        section: 'messages',
        messagesPlace,
        messages: {
          ...s.messages,
          tab: 'write',
          journeyId: messagesPlace.journeyId,
          touchpointId: messagesPlace.touchpointId,
        },
      })),
    clearMessagesPlace: () => set({ messagesPlace: null }),
    selectTouchpoint: (journeyId, touchpointId) =>
      set((s) => {
        const v = s.journeyView;
        if (v.kind !== 'detail' || v.journeyId !== journeyId || (v.touchpointId ?? null) === touchpointId) return s;
        return { journeyView: { ...v, touchpointId } };
      }),
    showJourneyTab: (journeyId, tab) =>
      set((s) => {
        const v = s.journeyView;
        if (v.kind !== 'detail' || v.journeyId !== journeyId || (v.tab ?? 'map') === tab) return s;
        return { journeyView: { ...v, tab } };
      }),
    setCoverage: (patch) => set((s) => ({ coverage: { ...s.coverage, ...patch } })),
    setMessages: (patch) =>
      set((s) => {
        const next = { ...s.messages, ...patch };
        const same =
          next.tab === s.messages.tab &&
          next.journeyId === s.messages.journeyId &&
          next.touchpointId === s.messages.touchpointId;
        return same ? s : { messages: next };
      }),
    showReview: (reviewJourneyId) => set({ section: 'review', reviewJourneyId }),
    restore: (place) => set({ ...place }),
    resetForWorkspace: () =>
      set({
        journeyView: { kind: 'list' },
        messagesPlace: null,
        coverage: HOME.coverage,
        messages: HOME.messages,
        reviewJourneyId: null,
      }),
  }));
}
