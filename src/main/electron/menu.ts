import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract';
import type { MenuEntry } from './menu-template';

/** The plain menu template as Electron's, each command entry calling `run`. */
export function toElectronTemplate(
  entries: readonly MenuEntry[],
  run: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  return entries.map((e): MenuItemConstructorOptions => {
    switch (e.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return { role: e.role, label: e.label };
      case 'submenu':
        return { label: e.label, submenu: toElectronTemplate(e.items, run) };
      case 'command':
        return {
          label: e.label,
          accelerator: e.accelerator,
          registerAccelerator: e.registerAccelerator,
          click: () => run(e.command),
        };
    }
  });
}

export function installMenu(entries: readonly MenuEntry[], run: (command: MenuCommand) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(entries, run)));
}
