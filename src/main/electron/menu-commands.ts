import { mkdirSync } from 'node:fs';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { PAGE_MENU_COMMANDS, type MenuCommand, type PageMenuCommand } from '../../shared/contract';
import { readOpenedFile, type OpenedFiles } from '../opened-files';
import { pushEvent } from './ipc';
import type { MenuWords } from './menu-i18n';

export interface MenuContext {
  window(): BrowserWindow | null;
  words(): MenuWords;
  openedFiles: OpenedFiles;
  logsDir: string;
  onError(context: string, error: unknown): void;
}

const ZOOM_STEP = 0.5;
const ZOOM_LIMIT = 3;

function isPageCommand(command: MenuCommand): command is PageMenuCommand {
  return (PAGE_MENU_COMMANDS as readonly MenuCommand[]).includes(command);
}

/** Carries out a menu command: the page's through the `menu` event, the window's and the app's here. */
export function runMenuCommand(command: MenuCommand, ctx: MenuContext): void {
  const win = ctx.window();
  if (isPageCommand(command)) {
    pushEvent(win, 'menu', { command });
    return;
  }
  const zoom = (level: number | null) => {
    if (!win) return;
    const next = level ?? 0;
    win.webContents.setZoomLevel(Math.max(-ZOOM_LIMIT, Math.min(ZOOM_LIMIT, next)));
  };
  switch (command) {
    case 'workspace.import':
      void importFromDialog(ctx, win);
      return;
    case 'view.zoomIn':
      return zoom(win ? win.webContents.getZoomLevel() + ZOOM_STEP : null);
    case 'view.zoomOut':
      return zoom(win ? win.webContents.getZoomLevel() - ZOOM_STEP : null);
    case 'view.zoomReset':
      return zoom(0);
    case 'view.fullScreen':
      win?.setFullScreen(!win.isFullScreen());
      return;
    case 'app.openLogs':
      mkdirSync(ctx.logsDir, { recursive: true });
      void shell.openPath(ctx.logsDir).then((problem) => {
        if (problem) ctx.onError('open logs folder', problem);
      });
      return;
    case 'app.quit':
      app.quit();
      return;
    default: {
      const unhandled: never = command;
      ctx.onError('menu', `no handler for menu command ${String(unhandled)}`);
    }
  }
}

/** The menu's Import: a native file dialog; the chosen file takes the same way as a double-clicked one. */
async function importFromDialog(ctx: MenuContext, win: BrowserWindow | null): Promise<void> {
  const words = ctx.words();
  const options = {
    title: words.importTitle,
    properties: ['openFile' as const],
    filters: [{ name: words.workspaceFiles, extensions: ['json'] }],
  };
  try {
    const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (chosen.canceled) return;
    for (const path of chosen.filePaths) ctx.openedFiles.add(await readOpenedFile(path));
  } catch (err) {
    ctx.onError('import dialog', err);
  }
}
