import type { KeyTable } from '../../ui/key-table';

/**
 * The workshop board's keys, stated once: the capture field, the stage column
 * and the notes act on these tables, and the board's keyboard help is written
 * from them.
 */
export const CAPTURE_KEYS = [
  { action: 'add', keys: ['Enter'] },
  { action: 'toNotes', keys: ['ArrowDown'] },
  { action: 'stage', keys: ['ArrowLeft', 'ArrowRight'], ctrl: true },
  // Carried out by the app's history keys (Ctrl/Cmd+Z); listed here so the help says it.
  { action: 'undo', keys: ['z'], ctrl: true },
] as const satisfies KeyTable<string>;

export const NOTE_KEYS = [
  { action: 'neighbour', keys: ['ArrowUp', 'ArrowDown'] },
  { action: 'step', keys: ['ArrowUp', 'ArrowDown'], alt: true },
  { action: 'cross', keys: ['ArrowLeft', 'ArrowRight'], alt: true },
  { action: 'edit', keys: ['Enter'] },
  { action: 'remove', keys: ['Delete', 'Backspace'] },
] as const satisfies KeyTable<string>;

/** Ctrl+←/→ works from the note list as well as from the field: the column listens for it. */
export const COLUMN_KEYS = CAPTURE_KEYS.filter((b) => b.action === 'stage');

export type CaptureKeyAction = (typeof CAPTURE_KEYS)[number]['action'];
export type NoteKeyAction = (typeof NOTE_KEYS)[number]['action'];
