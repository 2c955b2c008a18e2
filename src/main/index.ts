import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { pushEvent, serveIpc } from './electron/ipc';
import { createMainWindow, holdCloseForSaving, trustedSender } from './electron/window';
import type { CloseGuard } from './electron/close-guard';
import { EventHub } from './service/events';
import { createService } from './service/service';
import { loadMigrations } from './store/migrate';

/**
 * The Electron entry: the only file besides main/electron/ that touches
 * 'electron'. Everything it wires is plain Node and tested without Electron.
 * WORKBENCH_DATA_DIR moves the data folder (tests, portable installs).
 */

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  let closeGuard: CloseGuard | null = null;
  let quitWhenClosed = false;
  const dataDir = process.env.WORKBENCH_DATA_DIR ?? app.getPath('userData');
  const hub = new EventHub();

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.whenReady().then(
    () => {
      const pkg = JSON.parse(readFileSync(join(app.getAppPath(), 'package.json'), 'utf8')) as { version: string };
      const service = createService({
        dataDir,
        migrations: loadMigrations(join(__dirname, 'migrations')),
        info: {
          name: 'Omnichannel Workbench',
          version: pkg.version,
          host: 'electron',
          systemLanguage: app.getLocale(),
        },
        emit: hub.emit,
        onCloseReady: (proceed) => closeGuard?.ready(proceed),
      });
      hub.subscribe((event, payload) => pushEvent(window, event, payload));
      serveIpc(
        service.handlers,
        trustedSender(() => window),
      );
      const open = () => {
        const win = createMainWindow();
        closeGuard = holdCloseForSaving(win, () => hub.emit('closing', {}));
        win.on('closed', () => {
          window = null;
          closeGuard = null;
          if (quitWhenClosed) app.quit();
        });
        return win;
      };
      window = open();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) window = open();
      });
      app.on('window-all-closed', () => {
        if (process.platform !== 'darwin') app.quit();
      });
      app.on('before-quit', (event) => {
        // The window saves what is typed before it goes; the services close after it.
        if (window && !window.isDestroyed()) {
          event.preventDefault();
          quitWhenClosed = true;
          window.close();
          return;
        }
        void service.close();
      });
    },
    (err: unknown) => {
      console.error(err);
      app.quit();
    },
  );
}
