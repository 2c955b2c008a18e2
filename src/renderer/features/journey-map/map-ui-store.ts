import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TimeTarget } from '../../../shared/journey/steps';
import type { Rect } from '../../../shared/map/layout';

/**
 * What one open map remembers that is not data: selection, keyboard focus,
 * connect mode, zoom, the visible part of the canvas, layers, highlights, and
 * the last refusal to explain. One store per map (created by the map
 * component), so cards subscribe to exactly the bit that concerns them.
 */

export type SelectionKind = 'touchpoint' | 'transition' | 'backstage' | 'handoff';
export type Selection = { kind: SelectionKind; id: string } | null;

/** Where a new touchpoint goes; channel and stage may still be chosen in the dialog. */
export interface AddPlace {
  time?: TimeTarget;
  stageId?: string;
  channelId?: string | null;
}

export type MapDialog =
  | { kind: 'add'; place: AddPlace }
  | { kind: 'move'; id: string }
  | { kind: 'archive'; id: string }
  | { kind: 'addBackstage'; touchpointId: string | null; time?: TimeTarget; departmentId?: string | null }
  | null;

export interface Notice {
  id: number;
  tone: 'refused' | 'done';
  text: string;
}

export interface MapLayersState {
  thoughts: boolean;
  backstage: boolean;
  curve: boolean;
}

export interface MapUiState {
  selection: Selection;
  /** The card that takes Tab into the map (roving focus): a touchpoint or a backstage step. */
  activeId: string | null;
  /** Connect mode: the card an arrow starts from. */
  connectFrom: { kind: 'touchpoint' | 'backstage'; id: string } | null;
  zoom: number;
  /** The visible part of the canvas (canvas pixels), a little rounded so small scrolls do not re-render. */
  window: Rect;
  layers: MapLayersState;
  search: string;
  /** Highlight one department's cards ('' = cards without an owner). */
  department: string | null;
  channel: string | null;
  overview: boolean;
  dialog: MapDialog;
  notice: Notice | null;
  /** Ask the side panel to put focus on the title once it shows this card. */
  focusTitleOf: string | null;

  select(selection: Selection): void;
  setActive(id: string | null): void;
  startConnect(from: MapUiState['connectFrom']): void;
  setZoom(zoom: number): void;
  setWindow(window: Rect): void;
  setLayer(layer: keyof MapLayersState, on: boolean): void;
  setSearch(search: string): void;
  setDepartment(id: string | null): void;
  setChannel(id: string | null): void;
  toggleOverview(): void;
  openDialog(dialog: MapDialog): void;
  say(tone: Notice['tone'], text: string): void;
  requestTitleFocus(id: string | null): void;
}

export type MapUiStore = StoreApi<MapUiState>;

export function createMapUiStore(initial: { overview: boolean; layers?: Partial<MapLayersState> }): MapUiStore {
  let noticeId = 0;
  return createStore<MapUiState>()((set) => ({
    selection: null,
    activeId: null,
    connectFrom: null,
    zoom: 1,
    window: { x: 0, y: 0, w: 1600, h: 1000 },
    layers: { thoughts: false, backstage: true, curve: true, ...initial.layers },
    search: '',
    department: null,
    channel: null,
    overview: initial.overview,
    dialog: null,
    notice: null,
    focusTitleOf: null,
    select: (selection) =>
      set(
        selection?.kind === 'touchpoint' || selection?.kind === 'backstage'
          ? { selection, activeId: selection.id }
          : { selection },
      ),
    setActive: (activeId) => set({ activeId }),
    startConnect: (connectFrom) => set({ connectFrom }),
    setZoom: (zoom) => set({ zoom }),
    setWindow: (window) =>
      set((s) =>
        s.window.x === window.x && s.window.y === window.y && s.window.w === window.w && s.window.h === window.h
          ? s
          : { window },
      ),
    setLayer: (layer, on) => set((s) => ({ layers: { ...s.layers, [layer]: on } })),
    setSearch: (search) => set({ search }),
    setDepartment: (department) => set({ department }),
    setChannel: (channel) => set({ channel }),
    toggleOverview: () => set((s) => ({ overview: !s.overview })),
    openDialog: (dialog) => set({ dialog }),
    say: (tone, text) => set({ notice: { id: (noticeId += 1), tone, text } }),
    requestTitleFocus: (focusTitleOf) => set({ focusTitleOf }),
  }));
}
