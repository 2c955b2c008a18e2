import { useEffect, useRef, type RefObject } from 'react';

/**
 * Closes an open popover (menu, panel) when the user presses outside it, and
 * on Escape when `onEscape` is given (the caller puts focus back where it belongs).
 */
export function useDismiss(
  root: RefObject<HTMLElement | null>,
  open: boolean,
  close: () => void,
  onEscape?: () => void,
): void {
  const handlers = useRef({ close, onEscape });
  useEffect(() => {
    handlers.current = { close, onEscape };
  });
  const listensForEscape = onEscape !== undefined;

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) handlers.current.close();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') handlers.current.onEscape?.();
    };
    document.addEventListener('pointerdown', onPointer);
    if (listensForEscape) document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [root, open, listensForEscape]);
}
