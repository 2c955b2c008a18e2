import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { MessagesUi, MessagesUiState } from './messages-ui';

const Context = createContext<MessagesUi | null>(null);

export function MessagesUiProvider({ ui, children }: { ui: MessagesUi; children: ReactNode }) {
  return <Context.Provider value={ui}>{children}</Context.Provider>;
}

/** The section's UI store itself, for event handlers. */
export function useMessagesUiStore(): MessagesUi {
  const ui = useContext(Context);
  if (!ui) throw new Error('useMessagesUi outside MessagesUiProvider');
  return ui;
}

export function useMessagesUi<U>(select: (s: MessagesUiState) => U): U {
  return useStore(useMessagesUiStore(), select);
}
