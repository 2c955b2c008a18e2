import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * Save as you type. A field stages its latest text under a key; after a short
 * pause in typing the write runs, and a blur, a navigation, the page going away
 * or the window closing runs every staged write at once (flush). Writes that
 * are under way are tracked so the top bar can say "Saving…", "Saved" or
 * "Not saved", and so closing waits for them.
 */

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface SaverState {
  status: SaveStatus;
  /** Fields whose last write failed: they keep their text, and the top bar says "Not saved". */
  failed: readonly string[];
}

export interface Timers {
  set(run: () => void, ms: number): number;
  clear(handle: number): void;
}

/** A staged write: resolves whether it was saved (true also when nothing needed saving). */
export type Write = () => Promise<boolean>;

export interface Saver {
  store: StoreApi<SaverState>;
  /** The latest text of a field: replaces what the key had staged and waits for a pause. */
  stage(key: string, write: Write): void;
  /** Forget what a field had staged (Escape), and its failure. */
  cancel(key: string): void;
  /** Run the key's staged write now, or every staged write; resolves when they and all writes under way are done. */
  flush(key?: string): Promise<boolean>;
  /** Run every staged write now, without waiting (the page is going away: the requests must leave at once). */
  flushNow(): void;
  /** Follow a write made directly (a click, a choice) so the status covers it. */
  track(write: Promise<boolean>): Promise<boolean>;
  /** Something typed is staged, under way or failed. */
  unsaved(): boolean;
}

export const PAUSE_MS = 400;

export function createSaver(timers: Timers, pauseMs = PAUSE_MS): Saver {
  const store = createStore<SaverState>()(() => ({ status: 'idle', failed: [] }));
  const staged = new Map<string, { write: Write; timer: number }>();
  const running = new Set<Promise<boolean>>();
  const failed = new Set<string>();
  let savedOnce = false;

  const publish = () => {
    const status: SaveStatus =
      staged.size + running.size > 0 ? 'saving' : failed.size > 0 ? 'failed' : savedOnce ? 'saved' : 'idle';
    store.setState({ status, failed: [...failed] });
  };

  const follow = (write: Promise<boolean>, key: string | null): Promise<boolean> => {
    const settled = write.catch(() => false);
    running.add(settled);
    publish();
    void settled.then((ok) => {
      running.delete(settled);
      if (ok) savedOnce = true;
      if (key !== null) {
        if (ok) failed.delete(key);
        else failed.add(key);
      }
      publish();
    });
    return settled;
  };

  const run = (key: string): Promise<boolean> => {
    const entry = staged.get(key);
    if (!entry) return Promise.resolve(!failed.has(key));
    timers.clear(entry.timer);
    staged.delete(key);
    return follow(entry.write(), key);
  };

  const idle = async (): Promise<boolean> => {
    while (running.size > 0) await Promise.all([...running]);
    return failed.size === 0;
  };

  return {
    store,
    stage(key, write) {
      const before = staged.get(key);
      if (before) timers.clear(before.timer);
      staged.set(key, { write, timer: timers.set(() => void run(key), pauseMs) });
      publish();
    },
    cancel(key) {
      const entry = staged.get(key);
      if (entry) timers.clear(entry.timer);
      staged.delete(key);
      failed.delete(key);
      publish();
    },
    async flush(key) {
      if (key !== undefined) {
        const ok = await run(key);
        return ok;
      }
      for (const k of [...staged.keys()]) void run(k);
      return idle();
    },
    flushNow() {
      for (const k of [...staged.keys()]) void run(k);
    },
    track: (write) => follow(write, null),
    unsaved: () => staged.size > 0 || running.size > 0 || failed.size > 0,
  };
}
