import type { KeyTable } from '../../ui/key-table';

/**
 * The keys on a focused card of the map (touchpoint or backstage step). The
 * canvas acts on them and the map's keyboard help is written from them. Order
 * matters: Alt+Shift before Alt, so "together" wins over "earlier/later".
 */
export const MAP_KEYS = [
  { action: 'go', keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] },
  { action: 'open', keys: ['Enter', ' '] },
  { action: 'together', keys: ['ArrowLeft', 'ArrowRight'], alt: true, shift: true },
  { action: 'time', keys: ['ArrowLeft', 'ArrowRight'], alt: true },
  { action: 'lane', keys: ['ArrowUp', 'ArrowDown'], alt: true },
  { action: 'move', keys: ['m'] },
  { action: 'connect', keys: ['c'] },
  { action: 'addAfter', keys: ['n'] },
  { action: 'addBackstage', keys: ['b'] },
  { action: 'archive', keys: ['Delete', 'Backspace'] },
  { action: 'cancel', keys: ['Escape'] },
] as const satisfies KeyTable<string>;

export type MapKeyAction = (typeof MAP_KEYS)[number]['action'];

/** The keys that change the map; a viewer's press of one is refused with a reason instead. */
export const MAP_EDIT_KEYS: ReadonlySet<MapKeyAction> = new Set([
  'move',
  'connect',
  'addAfter',
  'addBackstage',
  'archive',
]);
