import type { MenuCommand } from '../../shared/contract';
import { MENU_WORDS, type MenuLanguage } from './menu-i18n';

/**
 * The application menu as plain data: every clickable entry names a contract
 * menu command (src/shared/contract.ts MENU_COMMANDS), except the text-editing
 * roles the operating system provides (cut, copy, paste, select all; on macOS
 * also hide/show). menu.ts turns it into Electron's menu.
 */
export type TextRole = 'cut' | 'copy' | 'paste' | 'selectAll' | 'hide' | 'hideOthers' | 'unhide';

export type MenuEntry =
  | {
      kind: 'command';
      command: MenuCommand;
      label: string;
      accelerator?: string;
      /** false: the key is shown but left to the page (undo/redo decide there whether a text field has the key). */
      registerAccelerator?: boolean;
    }
  | { kind: 'role'; role: TextRole; label: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; items: MenuEntry[] };

const separator: MenuEntry = { kind: 'separator' };

export function menuTemplate(language: MenuLanguage, platform: NodeJS.Platform): MenuEntry[] {
  const w = MENU_WORDS[language];
  const mac = platform === 'darwin';
  const command = (
    cmd: MenuCommand,
    label: string,
    accelerator?: string,
    registerAccelerator?: boolean,
  ): MenuEntry => ({
    kind: 'command',
    command: cmd,
    label,
    ...(accelerator ? { accelerator } : {}),
    ...(registerAccelerator === false ? { registerAccelerator } : {}),
  });
  const about = command('app.about', w.about);
  const settings = command('settings.open', w.settings, 'CmdOrCtrl+,');
  const quit = command('app.quit', w.quit, 'CmdOrCtrl+Q');

  const appMenu: MenuEntry[] = mac
    ? [
        {
          kind: 'submenu',
          label: 'Omnichannel Workbench',
          items: [
            about,
            separator,
            settings,
            separator,
            { kind: 'role', role: 'hide', label: w.hide },
            { kind: 'role', role: 'hideOthers', label: w.hideOthers },
            { kind: 'role', role: 'unhide', label: w.showAll },
            separator,
            quit,
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      kind: 'submenu',
      label: w.file,
      items: [
        command('journey.new', w.newJourney, 'CmdOrCtrl+N'),
        separator,
        command('workspace.import', w.importFile, 'CmdOrCtrl+O'),
        command('workspace.export', w.exportFile, 'CmdOrCtrl+Shift+S'),
        ...(mac ? [] : [separator, settings, separator, quit]),
      ],
    },
    {
      kind: 'submenu',
      label: w.edit,
      items: [
        // On Windows and Linux the page sees the keys first and picks the field's or the app's undo;
        // macOS routes menu keys through the menu, and the page makes the same choice on the command.
        command('history.undo', w.undo, 'CmdOrCtrl+Z', mac),
        command('history.redo', w.redo, mac ? 'Cmd+Shift+Z' : 'CmdOrCtrl+Shift+Z', mac),
        separator,
        { kind: 'role', role: 'cut', label: w.cut },
        { kind: 'role', role: 'copy', label: w.copy },
        { kind: 'role', role: 'paste', label: w.paste },
        { kind: 'role', role: 'selectAll', label: w.selectAll },
      ],
    },
    {
      kind: 'submenu',
      label: w.view,
      items: [
        command('view.zoomIn', w.zoomIn, 'CmdOrCtrl+Plus'),
        command('view.zoomOut', w.zoomOut, 'CmdOrCtrl+-'),
        command('view.zoomReset', w.zoomReset, 'CmdOrCtrl+0'),
        separator,
        command('view.fullScreen', w.fullScreen, mac ? 'Ctrl+Cmd+F' : 'F11'),
        command('journey.present', w.present, 'F5'),
      ],
    },
    {
      kind: 'submenu',
      label: w.help,
      items: [...(mac ? [] : [about, separator]), command('app.openLogs', w.openLogs)],
    },
  ];
}

/** Every command entry of a template, depth first. */
export function menuCommands(entries: readonly MenuEntry[]): MenuCommand[] {
  return entries.flatMap((e) =>
    e.kind === 'command' ? [e.command] : e.kind === 'submenu' ? menuCommands(e.items) : [],
  );
}
