import type { CatalogueShape } from '../../i18n/catalogue';
import type { workshopActionsEn, workshopEn } from './i18n.en';

/** Die deutschen Texte des Workshop-Boards. */
export const workshopDe: CatalogueShape<typeof workshopEn> = {
  title: 'Workshop: {{name}}',
  back: 'Zurück zur Kundenreise',
  intro:
    'Kontaktpunkt in eine Phase tippen und Enter drücken. Mit #Kanal oder @Kanal am Anfang legen Sie den Kanal fest, z. B. „#email Newsletter mit Rabatt“.',
  keyboardHelp:
    'Enter fügt eine Notiz hinzu, das Feld bleibt bereit. Strg+← / Strg+→ springen zwischen Phasen, ↓ geht zu den Notizen. Auf einer Notiz: Enter bearbeitet, Entf entfernt (Strg+Z holt sie zurück), Alt+↑ / Alt+↓ verschiebt sie, Alt+← / Alt+→ verschiebt sie in die vorige oder nächste Phase, ↑ / ↓ wechseln zur Nachbarnotiz. In einem leeren Feld nimmt Strg+Z die letzte Änderung zurück.',
  loading: 'Workshop wird geladen…',
  notFound: 'Diese Kundenreise gibt es nicht mehr.',
  board: 'Sammelwand',
  stageNotes: 'Notizen in {{stage}}',
  stageCount_one: '{{count}} Notiz',
  stageCount_other: '{{count}} Notizen',
  addLabel: 'Neue Notiz in {{stage}}',
  addPlaceholder: 'Neue Notiz…',
  emptyStage: 'Noch keine Notizen. Oben tippen und Enter drücken.',
  emptyStageReadOnly: 'Keine Notizen in dieser Phase.',
  tooLong: 'Eine Notiz fasst höchstens {{max}} Zeichen.',
  channelRecognised: 'Kanal: {{channel}}',
  unknownTag: '„#{{tag}}“ ist kein Kanal und bleibt im Text.',
  ambiguousTag: '„#{{tag}}“ passt zu mehreren Kanälen – bitte mehr vom Namen schreiben.',
  noChannel: 'Kein Kanal',
  byAuthor: 'von {{author}}',
  noteLabel: '{{text}}. Kanal: {{channel}}.',
  noteLabelDone: '{{text}}. Auf der Karte.',
  editLabel: 'Notiz bearbeiten',
  editHelp: 'Enter speichert, Escape bricht ab.',
  done: 'Auf der Karte',
  openMap: 'Karte öffnen',
  noStagesTitle: 'Diese Kundenreise hat noch keine Phasen',
  noStagesText:
    'Die Wand hat eine Spalte pro Phase. Legen Sie zuerst Phasen in der Kundenreise an und kommen Sie dann zum Sammeln zurück.',
  addStages: 'Phasen anlegen',
  readOnly:
    'Sie können diesen Arbeitsbereich ansehen, aber nicht ändern (Rolle Betrachter): Die Wand ist schreibgeschützt.',
  keys: 'Tastatur',
  fullscreen: 'Vollbild',
  exitFullscreen: 'Vollbild verlassen',
  fullscreenRefused: 'Vollbild ist hier nicht möglich. Nutzen Sie die Vollbildtaste Ihres Systems (oft F11).',
  orphans: {
    title_one: '{{count}} Notiz gehört zu einer entfernten Phase',
    title_other: '{{count}} Notizen gehören zu einer entfernten Phase',
    moveTo: '„{{text}}“ in eine Phase verschieben',
    choose: 'In Phase verschieben…',
  },
  said: {
    added: 'Notiz zu {{stage}} hinzugefügt.',
    removed: 'Notiz entfernt. Strg+Z holt sie zurück.',
    moved: 'Notiz an Position {{position}} verschoben.',
    movedToStage: 'Notiz ans Ende der Phase {{stage}} verschoben.',
    edited: 'Notiz geändert.',
    converted_one: '{{count}} Kontaktpunkt auf der Karte angelegt.',
    converted_other: '{{count}} Kontaktpunkte auf der Karte angelegt.',
  },
  timer: {
    label: 'Timer',
    presets: 'Dauer',
    minutes: '{{count}} Min.',
    custom: 'Minuten',
    customHint: 'Ganze Minuten, 1 bis 180',
    set: 'OK',
    invalid: 'Bitte ganze Minuten von 1 bis 180 eingeben.',
    start: 'Start',
    resume: 'Weiter',
    pause: 'Pause',
    reset: 'Zurücksetzen',
    timeUp: 'Die Zeit ist um!',
    left_one: 'Noch {{count}} Minute.',
    left_other: 'Noch {{count}} Minuten.',
    ended: 'Die Zeit ist um.',
  },
  convert: {
    open: 'Auf die Karte übernehmen',
    title: 'Notizen auf die Karte übernehmen',
    intro:
      'Jede offene Notiz wird ein Kontaktpunkt in ihrer Phase. Prüfen Sie den Kanal jeder Notiz; Notizen ohne Kanal bleiben an der Wand.',
    defaultChannel: 'Kanal für Notizen ohne Kanal',
    defaultOwner: 'Verantwortlich für alle Notizen (optional)',
    choose: '– auswählen –',
    noOwner: '– keine Abteilung –',
    useDefault: 'Standard: {{channel}}',
    useDefaultNone: 'Standard (nicht gewählt)',
    channelOf: 'Kanal für „{{text}}“',
    ownerOf: 'Verantwortlich für „{{text}}“',
    note: 'Notiz',
    channel: 'Kanal',
    owner: 'Verantwortlich',
    nothingOpen: 'Alle Notizen sind schon auf der Karte. Neue Notizen erscheinen hier.',
    needChannel_one: '{{count}} Notiz hat noch keinen Kanal und bleibt an der Wand.',
    needChannel_other: '{{count}} Notizen haben noch keinen Kanal und bleiben an der Wand.',
    noneReady: 'Noch keine Notiz hat einen Kanal: Wählen Sie oben einen für alle Notizen oder einen je Notiz.',
    submit_one: '{{count}} Kontaktpunkt anlegen',
    submit_other: '{{count}} Kontaktpunkte anlegen',
    cancel: 'Zurück zur Wand',
  },
  handoff: {
    title: 'Nach dem Workshop',
    local:
      'Nur auf diesem Computer gespeichert. Um das Ergebnis weiterzugeben, exportieren Sie den Arbeitsbereich als Datei.',
    synced:
      'Wird automatisch mit {{server}} synchronisiert: Kolleginnen und Kollegen in diesem Arbeitsbereich sehen Notizen und Kontaktpunkte.',
    pending_one:
      '{{count}} Änderung wartet auf {{server}}; sie ist hier gespeichert und wird automatisch synchronisiert.',
    pending_other:
      '{{count}} Änderungen warten auf {{server}}; sie sind hier gespeichert und werden automatisch synchronisiert.',
    syncing: 'Synchronisiert mit {{server}}…',
    offline:
      'Keine Verbindung zu {{server}}. Alles ist hier gespeichert und wird synchronisiert, sobald die Verbindung wieder steht.',
    error:
      'Synchronisierung mit {{server}} angehalten: {{reason}}. Alles ist hier gespeichert; siehe Einstellungen › Server.',
    unknown: 'Synchronisierung wird geprüft…',
    exportFile: 'Als Datei exportieren…',
  },
};

export const workshopActionsDe: CatalogueShape<typeof workshopActionsEn> = {
  addWorkshopNote: 'Workshop-Notiz hinzufügen',
  editWorkshopNote: 'Workshop-Notiz bearbeiten',
  removeWorkshopNote: 'Workshop-Notiz entfernen',
  moveWorkshopNote: 'Workshop-Notiz verschieben',
  convertWorkshopNotes: 'Workshop-Notizen auf die Karte übernehmen',
};
