import type { ApiClient } from '../../shared/contract';
import type { Saver } from '../stores/saver';
import type { ToastStore } from '../stores/toast-store';

/**
 * Nothing typed is lost when the page goes away. Hiding the page (switching
 * away, a reload, closing the tab) sends every staged edit at once; the
 * requests leave before the page is gone (see keepalive in api/client.ts). A
 * browser asks before leaving only when an edit failed to save. The desktop
 * window asks the page before it closes (the `closing` event) and closes when
 * the page answers that everything is saved.
 */

export interface LeavingDeps {
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  saver: Saver;
  api: ApiClient;
  toasts: ToastStore;
  /** The `closing` event of the desktop app. */
  onClosing?: (listener: () => void) => () => void;
}

export function watchLeaving({ win, saver, api, toasts, onClosing }: LeavingDeps): () => void {
  const flush = () => saver.flushNow();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    flush();
    // Only a failed save holds the page: a staged one has just been sent.
    if (saver.store.getState().failed.length > 0) {
      e.preventDefault();
      e.returnValue = '';
    }
  };
  win.addEventListener('pagehide', flush);
  win.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onVisibility);

  const offClosing = onClosing?.(() => {
    void saver.flush().then(async (saved) => {
      if (!saved) toasts.getState().notify({ kind: 'unsaved' });
      await api['app.closeReady']({ proceed: saved });
    });
  });

  return () => {
    win.removeEventListener('pagehide', flush);
    win.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onVisibility);
    offClosing?.();
  };
}
