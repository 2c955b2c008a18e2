/**
 * What a key does in a presentation. Presenter clickers send PageUp/PageDown,
 * keyboards the arrows and Space; Enter and Space are left to a focused button
 * (the caller checks that), so pressing "Next" with Space moves one slide, not two.
 */

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export function actionForKey(e: KeyLike): DeckAction | null {
  // Shortcuts of the browser or the system (Alt+Left is "back", Ctrl+End…) stay theirs.
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === 'Escape' || e.key === 'Esc') return 'exit';
  if (e.key === 'Home') return 'first';
  if (e.key === 'End') return 'last';
  // Shift+Space goes back, as in every slide viewer and as Shift+Space scrolls up on a page.
  if ((e.key === ' ' || e.key === 'Spacebar') && e.shiftKey) return 'previous';
  if (NEXT.has(e.key)) return 'next';
  if (PREVIOUS.has(e.key)) return 'previous';
  return null;
}

/** The slide index after an action; stays within 0..count-1 (no wrap-around: the last slide is the end). */
export function moveTo(index: number, action: Exclude<DeckAction, 'exit'>, count: number): number {
  if (count <= 0) return 0;
  const last = count - 1;
  const current = Math.min(Math.max(index, 0), last);
  switch (action) {
    case 'next':
      return Math.min(current + 1, last);
    case 'previous':
      return Math.max(current - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
