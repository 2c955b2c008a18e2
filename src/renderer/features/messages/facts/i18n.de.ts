import type { CatalogueShape } from '../../../i18n/catalogue';
import type { factsEn } from './i18n.en';

/** Die deutschen Texte der Faktenbibliothek. */
export const factsDe: CatalogueShape<typeof factsEn> = {
  title: 'Fakten',
  intro:
    'Angaben, die auf jedem Kanal gleich lauten müssen: Preise, Lieferzeiten, Öffnungszeiten, die Hotline, Werbeaussagen, Rechtshinweise. Eine Botschaft verwendet einen Fakt über seinen Schlüssel, z. B. {{example}}; ändern Sie den Wert hier, ziehen alle Botschaften nach.',
  exampleKey: 'preis',
  empty: 'Noch keine Fakten. Legen Sie unten den ersten an.',
  colKey: 'Schlüssel',
  colLabel: 'Bezeichnung',
  colValue: 'Wert',
  colUses: 'Verwendet',
  colActions: 'Aktionen',
  keyOf: 'Schlüssel von {{name}}',
  labelOf: 'Bezeichnung von {{name}}',
  valueOf: 'Wert von {{name}}',
  unused: 'nicht verwendet',
  uses_one: '{{count}} Stelle',
  uses_other: '{{count}} Stellen',
  showUses_one: 'Wo {{name}} verwendet wird: {{count}} Stelle',
  showUses_other: 'Wo {{name}} verwendet wird: {{count}} Stellen',
  archive: 'Fakt {{name}} archivieren',
  restore: 'Fakt {{name}} wiederherstellen',
  delete: 'Fakt {{name}} löschen',
  deleteShort: 'Löschen',
  archivedTitle: 'Archivierte Fakten',
  newLabel: 'Bezeichnung',
  labelExample: 'z. B. Preis',
  newKey: 'Schlüssel',
  keyExample: 'z. B. preis',
  newValue: 'Wert',
  valueExample: 'z. B. 49,90 €',
  add: 'Fakt hinzufügen',
  keyProblem: {
    empty: 'Geben Sie dem Fakt einen Schlüssel (oder eine Bezeichnung, aus der einer entsteht).',
    pattern: 'Ein Schlüssel beginnt mit einem Kleinbuchstaben und enthält nur Kleinbuchstaben, Ziffern und _.',
    taken: 'Ein anderer Fakt hat bereits diesen Schlüssel.',
  },
  dialog: {
    usesTitle: 'Wo {{placeholder}} verwendet wird',
    usesText_one: '{{placeholder}} wird an {{count}} Stelle verwendet:',
    usesText_other: '{{placeholder}} wird an {{count}} Stellen verwendet:',
    archiveTitle: '{{placeholder}} archivieren?',
    archiveText_one:
      '{{placeholder}} wird an {{count}} Stelle verwendet. Archiviert wird er nicht mehr eingesetzt: Dort stünde dann ein unbekannter Platzhalter.',
    archiveText_other:
      '{{placeholder}} wird an {{count}} Stellen verwendet. Archiviert wird er nicht mehr eingesetzt: Dort stünde dann ein unbekannter Platzhalter.',
    deleteTitle: '{{placeholder}} kann nicht gelöscht werden',
    deleteText_one:
      '{{placeholder}} wird noch an {{count}} Stelle verwendet. Entfernen Sie dort zuerst den Platzhalter, oder archivieren Sie den Fakt.',
    deleteText_other:
      '{{placeholder}} wird noch an {{count}} Stellen verwendet. Entfernen Sie dort zuerst die Platzhalter, oder archivieren Sie den Fakt.',
    renameTitle: '{{placeholder}} umbenennen?',
    renameText_one: '{{placeholder}} wird an {{count}} Stelle verwendet. Sie wird zu {{to}} umgeschrieben.',
    renameText_other: '{{placeholder}} wird an {{count}} Stellen verwendet. Alle werden zu {{to}} umgeschrieben.',
    listLabel: 'Verwendungen von {{placeholder}}',
    open: 'Öffnen',
    openPlace: '{{place}} öffnen',
    close: 'Schließen',
    archiveAnyway: 'Trotzdem archivieren',
    archiveInstead: 'Stattdessen archivieren',
    renameAll_one: 'Umbenennen und {{count}} Stelle anpassen',
    renameAll_other: 'Umbenennen und {{count}} Stellen anpassen',
  },
};
