import type { LanguageSetting } from '../../shared/settings';

/**
 * The words of the native menu and the shell's own dialogs, in German and
 * English. The page's catalogues live in the renderer, which main may not
 * import; these follow the same app language setting. `&` marks the
 * Alt-key letter on Windows and Linux.
 */
const en = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  help: '&Help',
  newJourney: 'New journey',
  importFile: 'Import workspace file …',
  exportFile: 'Export workspace file …',
  settings: 'Settings …',
  quit: 'Quit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Actual size',
  fullScreen: 'Full screen',
  present: 'Present journey',
  about: 'About Omnichannel Workbench',
  openLogs: 'Open logs folder',
  hide: 'Hide Omnichannel Workbench',
  hideOthers: 'Hide others',
  showAll: 'Show all',
  importTitle: 'Import workspace file',
  workspaceFiles: 'Workspace files',
  startFailedTitle: 'Omnichannel Workbench could not start',
  startFailed: 'The app could not start. The details are in the log file:',
} as const;

export type MenuWords = { readonly [K in keyof typeof en]: string };

const de: MenuWords = {
  file: '&Datei',
  edit: '&Bearbeiten',
  view: '&Ansicht',
  help: '&Hilfe',
  newJourney: 'Neue Kundenreise',
  importFile: 'Arbeitsbereichsdatei importieren …',
  exportFile: 'Arbeitsbereichsdatei exportieren …',
  settings: 'Einstellungen …',
  quit: 'Beenden',
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  cut: 'Ausschneiden',
  copy: 'Kopieren',
  paste: 'Einfügen',
  selectAll: 'Alles auswählen',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  zoomReset: 'Originalgröße',
  fullScreen: 'Vollbild',
  present: 'Kundenreise präsentieren',
  about: 'Über Omnichannel Workbench',
  openLogs: 'Protokollordner öffnen',
  hide: 'Omnichannel Workbench ausblenden',
  hideOthers: 'Andere ausblenden',
  showAll: 'Alle einblenden',
  importTitle: 'Arbeitsbereichsdatei importieren',
  workspaceFiles: 'Arbeitsbereichsdateien',
  startFailedTitle: 'Omnichannel Workbench konnte nicht starten',
  startFailed: 'Die App konnte nicht starten. Die Einzelheiten stehen in der Protokolldatei:',
};

export const MENU_WORDS = { de, en } as const satisfies Record<'de' | 'en', MenuWords>;
export type MenuLanguage = keyof typeof MENU_WORDS;

/** The same rule as the page: the user's choice, else German when the system speaks German, else English. */
export function menuLanguage(setting: LanguageSetting, systemLocale: string): MenuLanguage {
  if (setting !== 'system') return setting;
  return systemLocale.toLowerCase().startsWith('de') ? 'de' : 'en';
}
