import { createStore, type StoreApi } from 'zustand/vanilla';
import { describeError, type ShownError } from '../lib/errors';

export interface Toast {
  id: number;
  /** An action key (see `action` in the catalogue) naming what failed, or null for loading. */
  action: string | null;
  error: ShownError;
}

/**
 * A quiet notice: what an action did ("… archived. Undo brings it back.", tied to
 * its undo step so it goes once that step is undone) or what undo and redo did.
 */
type NewNotice =
  | { kind: 'done'; text: string; step: number }
  | { kind: 'undone' | 'redone'; label: string; moved: boolean; place: string | null }
  /** The desktop window was asked to close while an edit is not saved: it stays open, with a way to close anyway. */
  | { kind: 'unsaved' };
export type Notice = NewNotice & { id: number };

export interface ToastState {
  toasts: Toast[];
  notices: Notice[];
  report(err: unknown, action?: string | null): void;
  dismiss(id: number): void;
  notify(notice: NewNotice): void;
  dismissNotice(id: number): void;
  /** The undo step is undone: its "done" notice is no longer true. */
  forgetStep(step: number): void;
}

export type ToastStore = StoreApi<ToastState>;

const MAX_SHOWN = 4;
const family = (kind: Notice['kind']) => (kind === 'redone' ? 'undone' : kind);
const MAX_NOTICES = 3;

/** Errors for the alert region, notices for the status region: newest last, a few at most. */
export function createToastStore(): ToastStore {
  let next = 1;
  return createStore<ToastState>()((set) => ({
    toasts: [],
    notices: [],
    report(err, action = null) {
      const toast: Toast = { id: next++, action, error: describeError(err) };
      set((s) => ({ toasts: [...s.toasts, toast].slice(-MAX_SHOWN) }));
    },
    dismiss(id) {
      set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
    },
    notify(notice) {
      const shown = { ...notice, id: next++ } as Notice;
      // A newer report of the same kind replaces the older one (the last undo is what matters); "done" notices stack.
      set((s) => ({
        notices: [...s.notices.filter((n) => n.kind === 'done' || family(n.kind) !== family(notice.kind)), shown].slice(
          -MAX_NOTICES,
        ),
      }));
    },
    dismissNotice(id) {
      set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
    forgetStep(step) {
      set((s) => ({ notices: s.notices.filter((n) => n.kind !== 'done' || n.step !== step) }));
    },
  }));
}
