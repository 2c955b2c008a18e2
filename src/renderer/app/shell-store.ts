import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OpenedFile } from '../../shared/contract';

/**
 * What the desktop shell (native menu, files opened by the operating system)
 * asks of the page and the page has not done yet: workspace transfers for the
 * Settings › Workspaces card, the About dialog, a short note.
 */
export type TransferRequest = { id: number; kind: 'export' } | { id: number; kind: 'import'; file: OpenedFile };

/** A journey file (YAML) or CSV sheet the operating system opened: for the journey import on Settings › Workspaces. */
export interface JourneyFileRequest {
  id: number;
  file: { name: string; content: string };
}

/** Opened files that the journey import reads; anything else goes to the workspace import (which says what it is not). */
export function isJourneyFile(file: OpenedFile): file is { name: string; content: string } {
  return 'content' in file && /\.(ya?ml|csv)$/i.test(file.name);
}

export interface ShellState {
  transfers: TransferRequest[];
  journeyFiles: JourneyFileRequest[];
  aboutOpen: boolean;
  /** A catalogue key under `shell.` for a note on a menu command that could not be carried out. */
  note: 'presentNeedsJourney' | 'readOnly' | null;
  requestTransfer(request: { kind: 'export' } | { kind: 'import'; file: OpenedFile }): void;
  /** Hands out the request with this id once (true), so a re-run effect does not repeat it. */
  takeTransfer(id: number): boolean;
  requestJourneyFile(file: JourneyFileRequest['file']): void;
  /** As takeTransfer, for journey files. */
  takeJourneyFile(id: number): boolean;
  setAbout(open: boolean): void;
  setNote(note: ShellState['note']): void;
}

export type ShellStore = StoreApi<ShellState>;

export function createShellStore(): ShellStore {
  let next = 1;
  return createStore<ShellState>()((set, get) => ({
    transfers: [],
    journeyFiles: [],
    aboutOpen: false,
    note: null,
    requestTransfer: (request) => set((s) => ({ transfers: [...s.transfers, { ...request, id: next++ }] })),
    takeTransfer(id) {
      if (!get().transfers.some((r) => r.id === id)) return false;
      set((s) => ({ transfers: s.transfers.filter((r) => r.id !== id) }));
      return true;
    },
    requestJourneyFile: (file) => set((s) => ({ journeyFiles: [...s.journeyFiles, { file, id: next++ }] })),
    takeJourneyFile(id) {
      if (!get().journeyFiles.some((r) => r.id === id)) return false;
      set((s) => ({ journeyFiles: s.journeyFiles.filter((r) => r.id !== id) }));
      return true;
    },
    setAbout: (aboutOpen) => set({ aboutOpen }),
    setNote: (note) => set({ note }),
  }));
}
