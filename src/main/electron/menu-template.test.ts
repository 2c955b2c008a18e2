import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, PAGE_MENU_COMMANDS } from '../../shared/contract';
import { MENU_WORDS } from './menu-i18n';
import { menuCommands, menuTemplate, type MenuEntry } from './menu-template';

function labels(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((e) =>
    e.kind === 'separator' ? [] : e.kind === 'submenu' ? [e.label, ...labels(e.items)] : [e.label],
  );
}

function accelerators(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((e) =>
    e.kind === 'command' && e.accelerator ? [e.accelerator] : e.kind === 'submenu' ? accelerators(e.items) : [],
  );
}

const platforms = ['linux', 'win32', 'darwin'] as const;

describe('application menu', () => {
  for (const platform of platforms) {
    for (const language of ['de', 'en'] as const) {
      it(`${platform}, ${language}: every command of the contract, each once, and only those`, () => {
        const template = menuTemplate(language, platform);
        const commands = menuCommands(template);
        expect([...commands].sort()).toEqual([...MENU_COMMANDS].sort());
        expect(new Set(commands).size).toBe(commands.length);
        const keys = accelerators(template);
        expect(new Set(keys).size, keys.join(' ')).toBe(keys.length);
        for (const label of labels(template)) expect(label.trim()).not.toBe('');
      });
    }
  }

  it('speaks the app language: German and English words, same structure', () => {
    const de = menuTemplate('de', 'linux');
    const en = menuTemplate('en', 'linux');
    expect(labels(de).slice(0, 4)).toEqual([
      '&Datei',
      'Neue Kundenreise',
      'Workspace-Datei importieren …',
      'Workspace-Datei exportieren …',
    ]);
    expect(labels(en).slice(0, 4)).toEqual([
      '&File',
      'New journey',
      'Import workspace file …',
      'Export workspace file …',
    ]);
    expect(menuCommands(de)).toEqual(menuCommands(en));
    expect(Object.keys(MENU_WORDS.de).sort()).toEqual(Object.keys(MENU_WORDS.en).sort());
    // Every word is translated, except the product name in the macOS app menu.
    for (const key of Object.keys(MENU_WORDS.en) as (keyof typeof MENU_WORDS.en)[]) {
      expect(MENU_WORDS.de[key], key).not.toBe(MENU_WORDS.en[key]);
    }
  });

  it('undo and redo keys stay with the page on Windows and Linux, and go through the menu on macOS', () => {
    const find = (platform: (typeof platforms)[number]) =>
      (menuTemplate('en', platform).flatMap((e) => (e.kind === 'submenu' ? e.items : [])) as MenuEntry[]).filter(
        (e) => e.kind === 'command' && (e.command === 'history.undo' || e.command === 'history.redo'),
      );
    for (const e of find('linux')) expect(e).toMatchObject({ registerAccelerator: false });
    for (const e of find('win32')) expect(e).toMatchObject({ registerAccelerator: false });
    for (const e of find('darwin')) expect(e).not.toHaveProperty('registerAccelerator');
  });

  it('the page carries out only commands of the contract; import opens the native dialog first', () => {
    for (const c of PAGE_MENU_COMMANDS) expect(MENU_COMMANDS).toContain(c);
    expect(PAGE_MENU_COMMANDS).not.toContain('workspace.import');
    expect(PAGE_MENU_COMMANDS).not.toContain('app.quit');
  });
});
