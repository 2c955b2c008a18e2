import { describe, expect, it } from 'vitest';
import { guardClose, type ClosableWindow } from './close-guard';

function fakeWindow() {
  let listener: ((e: { preventDefault(): void }) => void) | null = null;
  const win = {
    closed: 0,
    destroyed: false,
    on(_event: 'close', l: (e: { preventDefault(): void }) => void) {
      listener = l;
    },
    /** What Electron does on close(): emit 'close'; unless prevented, the window goes. */
    close() {
      let prevented = false;
      listener?.({ preventDefault: () => (prevented = true) });
      if (!prevented) {
        win.closed += 1;
        win.destroyed = true;
      }
    },
    isDestroyed: () => win.destroyed,
  };
  return win satisfies ClosableWindow & { closed: number };
}

function fakeTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    set: (run: () => void) => {
      pending.set(next, run);
      return next++;
    },
    clear: (h: unknown) => void pending.delete(h as number),
    fire: () => [...pending.values()].forEach((run) => run()),
    pending,
  };
}

describe('closing the desktop window', () => {
  it('holds the close until the page says its edits are saved', () => {
    const win = fakeWindow();
    const timers = fakeTimers();
    let asked = 0;
    const guard = guardClose(win, () => (asked += 1), timers);
    win.close();
    expect(asked).toBe(1);
    expect(win.closed).toBe(0);
    win.close(); // a second click while the page saves asks nothing more
    expect(asked).toBe(1);
    guard.ready(true);
    expect(win.closed).toBe(1);
    expect(timers.pending.size).toBe(0);
  });

  it('stays open when the page answers that something is not saved; closes when the user decides', () => {
    const win = fakeWindow();
    const timers = fakeTimers();
    let asked = 0;
    const guard = guardClose(win, () => (asked += 1), timers);
    win.close();
    guard.ready(false);
    expect(win.closed).toBe(0);
    win.close();
    expect(asked).toBe(2);
    guard.ready(false);
    guard.ready(true); // "Close anyway"
    expect(win.closed).toBe(1);
  });

  it('closes after a while when the page never answers', () => {
    const win = fakeWindow();
    const timers = fakeTimers();
    guardClose(win, () => undefined, timers);
    win.close();
    expect(win.closed).toBe(0);
    timers.fire();
    expect(win.closed).toBe(1);
  });
});
