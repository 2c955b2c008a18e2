import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OpenedFile } from '../../shared/contract';

/**
 * What the desktop shell (native menu, files opened by the operating system)
 * asks of the page and the page has not done yet: workspace transfers for the
 * Settings › Workspaces card, the About dialog, a short note.
 */
export type TransferRequest = { id: number; kind: 'export' } | { id: number; kind: 'import'; file: OpenedFile };

export interface ShellState {
  transfers: TransferRequest[];
  aboutOpen: boolean;
  /** A catalogue key under `shell.` for a note on a menu command that could not be carried out. */
  note: 'presentNeedsJourney' | 'readOnly' | null;
  requestTransfer(request: { kind: 'export' } | { kind: 'import'; file: OpenedFile }): void;
  /** Hands out the request with this id once (true), so a re-run effect does not repeat it. */
  takeTransfer(id: number): boolean;
  setAbout(open: boolean): void;
  setNote(note: ShellState['note']): void;
}

export type ShellStore = StoreApi<ShellState>;

export function createShellStore(): ShellStore {
  let next = 1;
  return createStore<ShellState>()((set, get) => ({
    transfers: [],
    aboutOpen: false,
    note: null,
    requestTransfer: (request) => set((s) => ({ transfers: [...s.transfers, { ...request, id: next++ }] })),
    takeTransfer(id) {
      if (!get().transfers.some((r) => r.id === id)) return false;
      set((s) => ({ transfers: s.transfers.filter((r) => r.id !== id) }));
      return true;
    },
    setAbout: (aboutOpen) => set({ aboutOpen }),
    setNote: (note) => set({ note }),
  }));
}
