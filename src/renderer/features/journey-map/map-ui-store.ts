import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CellTarget } from '../../../shared/map/moves';

/**
 * What one open map remembers that is not data: selection, keyboard focus,
 * connect mode, zoom, highlights, lanes opened but still empty, and the last
 * refusal to explain. One store per map (created by the map component), so
 * cards subscribe to exactly the bit that concerns them.
 */

export type Selection = { kind: 'touchpoint'; id: string } | { kind: 'transition'; id: string } | null;
export type MapDialog = { kind: 'add'; cell: Partial<CellTarget> } | { kind: 'move'; id: string } | null;

export interface Notice {
  id: number;
  tone: 'refused' | 'done';
  text: string;
}

export interface MapUiState {
  selection: Selection;
  /** The card that takes Tab into the map (roving focus). */
  activeId: string | null;
  /** Connect mode: the card an arrow starts from. */
  connectFrom: string | null;
  zoom: number;
  search: string;
  /** Highlight one department's cards ('' = cards without an owner). */
  department: string | null;
  channel: string | null;
  extraLanes: string[];
  overview: boolean;
  dialog: MapDialog;
  notice: Notice | null;
  /** Ask the side panel to put focus on the title once it shows this card. */
  focusTitleOf: string | null;

  select(selection: Selection): void;
  setActive(id: string | null): void;
  startConnect(from: string | null): void;
  setZoom(zoom: number): void;
  setSearch(search: string): void;
  setDepartment(id: string | null): void;
  setChannel(id: string | null): void;
  openLane(channelId: string): void;
  toggleOverview(): void;
  openDialog(dialog: MapDialog): void;
  say(tone: Notice['tone'], text: string): void;
  requestTitleFocus(id: string | null): void;
}

export type MapUiStore = StoreApi<MapUiState>;

export function createMapUiStore(initial: { overview: boolean }): MapUiStore {
  let noticeId = 0;
  return createStore<MapUiState>()((set) => ({
    selection: null,
    activeId: null,
    connectFrom: null,
    zoom: 1,
    search: '',
    department: null,
    channel: null,
    extraLanes: [],
    overview: initial.overview,
    dialog: null,
    notice: null,
    focusTitleOf: null,
    select: (selection) =>
      set(selection?.kind === 'touchpoint' ? { selection, activeId: selection.id } : { selection }),
    setActive: (activeId) => set({ activeId }),
    startConnect: (connectFrom) => set({ connectFrom }),
    setZoom: (zoom) => set({ zoom }),
    setSearch: (search) => set({ search }),
    setDepartment: (department) => set({ department }),
    setChannel: (channel) => set({ channel }),
    openLane: (channelId) =>
      set((s) => (s.extraLanes.includes(channelId) ? s : { extraLanes: [...s.extraLanes, channelId] })),
    toggleOverview: () => set((s) => ({ overview: !s.overview })),
    openDialog: (dialog) => set({ dialog }),
    say: (tone, text) => set({ notice: { id: (noticeId += 1), tone, text } }),
    requestTitleFocus: (focusTitleOf) => set({ focusTitleOf }),
  }));
}
