import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import type { LanguageSetting } from '../shared/settings';
import { APP_ID } from './electron/app-id';
import { createErrorLog } from './electron/error-log';
import { pushEvent, serveIpc } from './electron/ipc';
import type { CloseGuard } from './electron/close-guard';
import { installMenu } from './electron/menu';
import { runMenuCommand } from './electron/menu-commands';
import { MENU_WORDS, menuLanguage, type MenuLanguage } from './electron/menu-i18n';
import { menuTemplate } from './electron/menu-template';
import { devRendererUrl, ownPage } from './electron/permissions';
import { appPageUrl, createMainWindow, holdCloseForSaving, secureSession, trustedSender } from './electron/window';
import { readWindowState, windowStateFile } from './electron/window-state';
import { OpenedFiles, openFilesFromArgv, readOpenedFile } from './opened-files';
import { appResources } from './resources';
import { EventHub } from './service/events';
import { createService } from './service/service';
import { loadMigrations } from './store/migrate';

/**
 * The Electron entry: the only file besides main/electron/ that touches
 * 'electron'. Everything it wires is plain Node and tested without Electron.
 * WORKBENCH_DATA_DIR moves the data folder (tests, portable installs).
 */

const dataDir = process.env.WORKBENCH_DATA_DIR ?? app.getPath('userData');
const log = createErrorLog(dataDir);
process.on('uncaughtException', (err) => log.write('uncaughtException', err));
process.on('unhandledRejection', (reason) => log.write('unhandledRejection', reason));

if (!app.requestSingleInstanceLock()) {
  // The running app gets this start's command line (second-instance) and opens its files.
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  let window: BrowserWindow | null = null;
  let closeGuard: CloseGuard | null = null;
  let quitWhenClosed = false;
  let language: MenuLanguage = 'en';
  const hub = new EventHub();
  const openedFiles = new OpenedFiles();
  const openFile = (path: string) => void readOpenedFile(path).then((file) => openedFiles.add(file));
  const focus = () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  };

  void openFilesFromArgv(process.argv, process.cwd(), openedFiles);
  // macOS hands files over by event, also before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
    focus();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void openFilesFromArgv(argv, workingDirectory, openedFiles);
    focus();
  });
  app.on('render-process-gone', (_e, _wc, details) => log.write('render-process-gone', details));
  app.on('child-process-gone', (_e, details) => log.write('child-process-gone', details));

  app
    .whenReady()
    .then(async () => {
      const resources = appResources();
      const pkg = JSON.parse(readFileSync(join(app.getAppPath(), 'package.json'), 'utf8')) as { version: string };
      const service = createService({
        dataDir,
        migrations: loadMigrations(resources.migrations),
        info: {
          name: 'Omnichannel Workbench',
          version: pkg.version,
          host: 'electron',
          systemLanguage: app.getLocale(),
        },
        emit: hub.emit,
        onCloseReady: (proceed) => closeGuard?.ready(proceed),
        openedFiles,
      });
      const devUrl = devRendererUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
      const isOwnPage = ownPage(appPageUrl(devUrl));
      secureSession(session.defaultSession, isOwnPage);

      const menuContext = {
        window: () => window,
        words: () => MENU_WORDS[language],
        openedFiles,
        logsDir: log.dir,
        onError: log.write,
      };
      const applyLanguage = (setting: LanguageSetting) => {
        language = menuLanguage(setting, app.getLocale());
        installMenu(menuTemplate(language, process.platform), (command) => runMenuCommand(command, menuContext));
      };
      applyLanguage((await service.handlers['settings.get']({})).language);

      hub.subscribe((event, payload) => {
        pushEvent(window, event, payload);
        if (event === 'settings') applyLanguage((payload as { language: LanguageSetting }).language);
      });
      serveIpc(
        service.handlers,
        trustedSender(() => window, isOwnPage),
      );
      const open = () => {
        const win = createMainWindow({
          devUrl,
          savedState: readWindowState(windowStateFile(dataDir)),
          stateFile: windowStateFile(dataDir),
          icon: resources.icon,
          onError: log.write,
        });
        closeGuard = holdCloseForSaving(win, () => hub.emit('closing', {}));
        win.on('closed', () => {
          window = null;
          closeGuard = null;
          if (quitWhenClosed) app.quit();
        });
        window = win;
      };
      open();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) open();
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
    })
    .catch((err: unknown) => {
      log.write('start', err);
      const words = MENU_WORDS[menuLanguage('system', app.getLocale())];
      dialog.showErrorBox(words.startFailedTitle, `${words.startFailed}\n${log.file}`);
      app.quit();
    });
}
