import { describe, expect, it } from 'vitest';
import { actionForKey, moveTo } from './keys';

describe('actionForKey', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
  ] as const)('%j → %s', (key, action) => {
    expect(actionForKey({ key })).toBe(action);
  });

  it('goes back with Shift+Space', () => {
    expect(actionForKey({ key: ' ', shiftKey: true })).toBe('previous');
  });

  it('leaves other keys and shortcuts with modifiers alone', () => {
    expect(actionForKey({ key: 'a' })).toBeNull();
    expect(actionForKey({ key: 'Tab' })).toBeNull();
    expect(actionForKey({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(actionForKey({ key: 'End', ctrlKey: true })).toBeNull();
    expect(actionForKey({ key: 'ArrowRight', metaKey: true })).toBeNull();
  });
});

describe('moveTo', () => {
  it('steps within the deck without wrapping around', () => {
    expect(moveTo(0, 'next', 5)).toBe(1);
    expect(moveTo(4, 'next', 5)).toBe(4);
    expect(moveTo(0, 'previous', 5)).toBe(0);
    expect(moveTo(3, 'previous', 5)).toBe(2);
    expect(moveTo(3, 'first', 5)).toBe(0);
    expect(moveTo(1, 'last', 5)).toBe(4);
  });

  it('brings an index left behind by a shrinking deck back inside it', () => {
    expect(moveTo(9, 'previous', 5)).toBe(3);
    expect(moveTo(9, 'next', 5)).toBe(4);
    expect(moveTo(2, 'next', 0)).toBe(0);
  });
});
