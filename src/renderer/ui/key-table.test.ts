import { describe, expect, it } from 'vitest';
import { bindingFor, keyHelpText, shortcutText, type KeyTable } from './key-table';

const press = (key: string, mods: Partial<{ alt: boolean; ctrl: boolean; meta: boolean; shift: boolean }> = {}) => ({
  key,
  altKey: mods.alt ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
});

const TABLE: KeyTable<'together' | 'time' | 'go' | 'connect'> = [
  { action: 'together', keys: ['ArrowLeft', 'ArrowRight'], alt: true, shift: true },
  { action: 'time', keys: ['ArrowLeft', 'ArrowRight'], alt: true },
  { action: 'go', keys: ['ArrowLeft', 'ArrowRight'] },
  { action: 'connect', keys: ['c'] },
];

describe('key tables', () => {
  it('takes the first binding whose modifiers match exactly', () => {
    expect(bindingFor(TABLE, press('ArrowLeft', { alt: true, shift: true }))?.action).toBe('together');
    expect(bindingFor(TABLE, press('ArrowLeft', { alt: true }))?.action).toBe('time');
    expect(bindingFor(TABLE, press('ArrowRight'))?.action).toBe('go');
    expect(bindingFor(TABLE, press('ArrowRight', { shift: true }))?.action).toBe('go');
    expect(bindingFor(TABLE, press('ArrowRight', { ctrl: true }))).toBeNull();
  });

  it('matches letters in either case and leaves Cmd combinations alone', () => {
    expect(bindingFor(TABLE, press('C', { shift: true }))?.action).toBe('connect');
    expect(bindingFor(TABLE, press('c', { meta: true }))).toBeNull();
    expect(bindingFor(TABLE, press('c', { alt: true }))).toBeNull();
  });

  it('writes the help from the same table', () => {
    const name = (k: string) =>
      ({ ArrowLeft: '←', ArrowRight: '→', Alt: 'Alt', Shift: 'Umschalt' })[k] ?? k.toUpperCase();
    expect(shortcutText(TABLE[0]!, name)).toBe('Alt+Umschalt+← / Alt+Umschalt+→');
    expect(keyHelpText(TABLE.slice(2), name, (a) => `does ${a}`)).toBe('← / →: does go. C: does connect.');
  });
});
