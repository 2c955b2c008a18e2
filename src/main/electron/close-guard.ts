/**
 * The desktop window closes only after the page has saved what is typed: the
 * first close is held, the page is asked (a `closing` event) and answers with
 * app.closeReady. A page that does not answer in time (hung, crashed) does not
 * keep the window open for ever. Plain TypeScript over the window's shape, so
 * it is tested without Electron.
 */

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface CloseGuard {
  /** The page's answer: proceed closes the window; false keeps it open (the page says why). */
  ready(proceed: boolean): void;
}

export const PAGE_ANSWER_MS = 5_000;

export function guardClose(
  win: ClosableWindow,
  askPage: () => void,
  timers: CloseTimers = { set: (run, ms) => setTimeout(run, ms), clear: (h) => clearTimeout(h as never) },
  waitMs = PAGE_ANSWER_MS,
): CloseGuard {
  let state: 'open' | 'asking' | 'closing' = 'open';
  let timer: unknown = null;

  const close = () => {
    state = 'closing';
    if (!win.isDestroyed()) win.close();
  };

  win.on('close', (event) => {
    if (state === 'closing') return;
    event.preventDefault();
    if (state === 'asking') return;
    state = 'asking';
    timer = timers.set(close, waitMs);
    askPage();
  });

  return {
    ready(proceed) {
      if (timer !== null) timers.clear(timer);
      timer = null;
      if (state === 'closing') return;
      // "Close anyway" after an answer of false comes while the window is open: the user decided.
      if (proceed) close();
      else state = 'open';
    },
  };
}
