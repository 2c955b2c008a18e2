import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, screen, shell, type IpcMainInvokeEvent, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { isAppLink } from './external-links';
import { ownPage, permissionAllowed } from './permissions';
import { MIN_SIZE, restoreBounds, writeWindowState, type WindowState } from './window-state';

export interface MainWindowOptions {
  /** The page: the dev server's URL in development, else the bundled index.html. */
  devUrl: string | null;
  /** Saved size and position (null: first start). */
  savedState: WindowState | null;
  /** Where to keep size and position when the window closes. */
  stateFile: string;
  icon: string;
  onError: (context: string, error: unknown) => void;
}

/** The address of the app's own page, as the window loads it. */
export function appPageUrl(devUrl: string | null): string {
  return devUrl ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href;
}

/** Once per session: the CSP on every response and the permission policy (see permissions.ts). */
export function secureSession(session: Session, isOwnPage: (url: string) => boolean): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(permissionAllowed(permission, isOwnPage(details.requestingUrl))),
  );
  session.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    permissionAllowed(permission, isOwnPage(details.requestingUrl ?? requestingOrigin)),
  );
}

/** The one window: isolated, sandboxed, no Node in the page, no navigation away, no pop-ups. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const bounds = restoreBounds(
    options.savedState,
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Omnichannel Workbench',
    icon: options.icon,
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
  if (bounds.maximized) win.maximize();

  const pageUrl = appPageUrl(options.devUrl);
  const isOwnPage = ownPage(pageUrl);
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Only the links the app itself shows open, and in the user's browser, never in an app window.
    if (isAppLink(url)) void shell.openExternal(url).catch((err: unknown) => options.onError('openExternal', err));
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url) || url.split('#')[0] !== win.webContents.getURL().split('#')[0]) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.on('did-fail-load', (_e, code, description, url) =>
    options.onError('did-fail-load', `${code} ${description} ${url}`),
  );
  win.once('ready-to-show', () => win.show());

  // --- Before the window closes -------------------------------------------------------------
  // Size and position are kept for the next start. A handshake that lets the page save pending
  // typed text before closing belongs here too (it may delay the close; saving the state twice is harmless).
  win.on('close', () => {
    try {
      writeWindowState(options.stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (err) {
      options.onError('window-state', err);
    }
  });

  if (options.devUrl) void win.loadURL(options.devUrl);
  else void win.loadFile(join(__dirname, '../renderer/index.html'));
  return win;
}

/** Only the main frame of our own window, showing our own page, may call the services. */
export function trustedSender(win: () => BrowserWindow | null, isOwnPage: (url: string) => boolean) {
  return (event: IpcMainInvokeEvent): boolean => {
    const w = win();
    if (!w || event.sender !== w.webContents) return false;
    const frame = event.senderFrame;
    if (!frame || frame !== w.webContents.mainFrame) return false;
    return isOwnPage(frame.url);
  };
}
