import { join } from 'node:path';
import { BrowserWindow, session, shell, type IpcMainInvokeEvent } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { guardClose, type CloseGuard } from './close-guard';

/** The one window: isolated, sandboxed, no Node in the page, no navigation away, no pop-ups. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    title: 'Omnichannel Workbench',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the user's browser, never in an app window.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (url !== win.webContents.getURL()) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());

  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadFile(join(__dirname, '../renderer/index.html'));
  return win;
}

/**
 * Closing asks the page to save what is typed first (a `closing` event); the
 * page answers with app.closeReady, which the service hands to `ready`.
 */
export function holdCloseForSaving(win: BrowserWindow, askPage: () => void): CloseGuard {
  return guardClose(win, askPage);
}

/** Only the main frame of our own window, showing our own page, may call the services. */
export function trustedSender(win: () => BrowserWindow | null) {
  return (event: IpcMainInvokeEvent): boolean => {
    const w = win();
    if (!w || event.sender !== w.webContents) return false;
    const frame = event.senderFrame;
    if (!frame || frame !== w.webContents.mainFrame) return false;
    const url = frame.url;
    const devUrl = process.env.ELECTRON_RENDERER_URL;
    return url.startsWith('file://') || (devUrl !== undefined && url.startsWith(devUrl));
  };
}
