import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PathEvent, VariantField } from '../../../shared/messages';
import type { MessagesTab } from '../../stores/nav-store';

export type { MessagesTab };
export type CheckScope = 'journey' | 'workspace';

/** A place to fix: what a finding or a fact usage links to. */
export interface Place {
  journeyId?: string | undefined;
  touchpointId?: string | undefined;
  variantId?: string | undefined;
  field?: VariantField | 'sms' | undefined;
  start?: number | undefined;
  end?: number | undefined;
}

/** Asks the field of `owner` (a variant id, or a message id for the core message) to take focus. */
export interface FocusRequest {
  owner: string;
  field: VariantField;
  start?: number | undefined;
  end?: number | undefined;
  /** Grows with every request, so asking for the same field twice focuses it twice. */
  seq: number;
}

export interface MessagesUiState {
  tab: MessagesTab;
  journeyId: string | null;
  touchpointId: string | null;
  /** The variant open in the editor; null shows the touchpoint's first one. */
  variantId: string | null;
  focus: FocusRequest | null;
  /** The core message's comment threads are to be scrolled into view once. */
  revealComments: boolean;
  scope: CheckScope;
  path: PathEvent[];
  step: number;
  setTab(tab: MessagesTab): void;
  selectJourney(journeyId: string | null): void;
  selectTouchpoint(touchpointId: string | null): void;
  selectVariant(variantId: string | null): void;
  requestFocus(owner: string, field: VariantField, start?: number, end?: number): void;
  /** The field has taken focus; a field shown again later must not take it again. */
  clearFocus(): void;
  setRevealComments(on: boolean): void;
  /** Open the editor at a place; the message id says whose core field to focus when there is no variant. */
  goTo(place: Place, messageId?: string): void;
  setScope(scope: CheckScope): void;
  setPath(path: PathEvent[]): void;
  setStep(step: number): void;
}

export type MessagesUi = StoreApi<MessagesUiState>;

/**
 * Where the user is inside the Messages section. One store per mounted
 * section (created by MessagesPage), so nothing leaks between workspaces.
 */
export function createMessagesUi(): MessagesUi {
  return createStore<MessagesUiState>()((set, get) => ({
    tab: 'write',
    journeyId: null,
    touchpointId: null,
    variantId: null,
    focus: null,
    revealComments: false,
    scope: 'journey',
    path: [],
    step: 0,
    setTab: (tab) => set({ tab }),
    selectJourney: (journeyId) =>
      set((s) =>
        s.journeyId === journeyId ? s : { journeyId, touchpointId: null, variantId: null, path: [], step: 0 },
      ),
    selectTouchpoint: (touchpointId) => set({ touchpointId, variantId: null }),
    selectVariant: (variantId) => set({ variantId }),
    requestFocus: (owner, field, start, end) =>
      set({ focus: { owner, field, start, end, seq: (get().focus?.seq ?? 0) + 1 } }),
    clearFocus: () => set({ focus: null }),
    setRevealComments: (revealComments) => set({ revealComments }),
    goTo(place, messageId) {
      const s = get();
      const journeyId = place.journeyId ?? s.journeyId;
      set({
        tab: 'write',
        journeyId,
        touchpointId: place.touchpointId ?? null,
        variantId: place.variantId ?? null,
        // A journey change keeps the simulator's path only where it still fits.
        ...(journeyId !== s.journeyId ? { path: [], step: 0 } : {}),
      });
      const owner = place.variantId ?? messageId;
      const field = place.field === 'sms' ? 'body' : (place.field ?? (place.variantId ? 'headline' : undefined));
      if (owner && field) get().requestFocus(owner, field, place.start, place.end);
    },
    setScope: (scope) => set({ scope }),
    setPath: (path) => set({ path }),
    setStep: (step) => set({ step }),
  }));
}
