import { createStore, type StoreApi } from 'zustand/vanilla';
import { describeError, type ShownError } from '../lib/errors';

export interface Toast {
  id: number;
  /** An action key (see `action` in the catalogue) naming what failed, or null for loading. */
  action: string | null;
  error: ShownError;
}

export interface ToastState {
  toasts: Toast[];
  report(err: unknown, action?: string | null): void;
  dismiss(id: number): void;
}

export type ToastStore = StoreApi<ToastState>;

const MAX_SHOWN = 4;

/** Errors for the alert region: newest last, a few at most. */
export function createToastStore(): ToastStore {
  let next = 1;
  return createStore<ToastState>()((set) => ({
    toasts: [],
    report(err, action = null) {
      const toast: Toast = { id: next++, action, error: describeError(err) };
      set((s) => ({ toasts: [...s.toasts, toast].slice(-MAX_SHOWN) }));
    },
    dismiss(id) {
      set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
    },
  }));
}
