import type { CatalogueShape } from '../../i18n/catalogue';
import type { journeyActionsEn, journeyMetaEn } from './i18n.en';

/** Die deutschen Texte zu Liste und Detail der Kundenreisen: genau die Schlüssel des englischen Katalogs. */
export const journeyMetaDe: CatalogueShape<typeof journeyMetaEn> = {
  list: {
    colPersona: 'Persona',
    colReviewed: 'Zuletzt geprüft',
    noPersona: '—',
    never: 'Noch nicht geprüft',
    overdue: 'Prüfung fällig',
    overdueTitle:
      'Seit {{days}} Tagen nicht geprüft; dieser Arbeitsbereich sieht alle {{interval}} Tage eine Prüfung vor.',
    duplicate: 'Duplizieren',
    duplicateOne: 'Kundenreise {{name}} duplizieren',
    copyName: '{{name}} (Kopie)',
    interval: 'Kundenreisen markieren, die nicht geprüft wurden seit',
    intervalUnit: 'Tagen',
    intervalInvalid: 'Geben Sie eine Zahl von 1 bis 3650 Tagen ein.',
    staleCount_one: '{{count}} Kundenreise sollte geprüft werden.',
    staleCount_other: '{{count}} Kundenreisen sollten geprüft werden.',
  },
  templates: {
    legend: 'Ausgangspunkt',
    blank: 'Leere Kundenreise',
    blankText: 'Eigene Phasen; die Karte beginnt leer.',
    stages: 'Phasen: {{stages}}',
    counts: '{{touchpoints}} Kontaktpunkte, {{handoffs}} Übergaben, Persona „{{persona}}“',
    note: 'Eine Vorlage ist ein Ausgangspunkt: Danach lässt sich alles umbenennen, verschieben oder entfernen.',
    namePlaceholder: 'Leer lassen, um den Namen der Vorlage zu nutzen',
  },
  review: {
    label: 'Zuletzt geprüft',
    never: 'noch nicht geprüft',
    on: '{{date}} (vor {{days}} Tagen)',
    today: 'heute',
    overdue: 'Prüfung fällig: Dieser Arbeitsbereich sieht alle {{interval}} Tage eine Prüfung vor.',
    mark: 'Als geprüft markieren',
    owner: 'Verantwortlich: {{owner}}',
    noOwner: 'noch nicht angegeben',
  },
  persona: {
    title: 'Persona',
    intro: 'Wer diese Kundenreise geht: was die Person will und wo sie gern erreicht wird.',
    choose: 'Persona dieser Kundenreise',
    none: 'Keine Persona',
    create: 'Neue Persona',
    name: 'Name der Persona',
    description: 'Beschreibung',
    goals: 'Ziele',
    channels: 'Bevorzugte Kanäle',
    shared_one: 'Nur diese Kundenreise nutzt diese Persona.',
    shared_other: '{{count}} Kundenreisen nutzen diese Persona: Änderungen zeigen sich in allen.',
    defaultName: 'Neue Persona',
    nameRequired: 'Eine Persona braucht einen Namen. Der bisherige Name bleibt erhalten.',
  },
  removeStage: {
    title: 'Phase „{{name}}“ entfernen?',
    text_one: 'Diese Phase enthält {{count}} Kontaktpunkt. Er geht nicht verloren: Wählen Sie, wohin er kommt.',
    text_other: 'Diese Phase enthält {{count}} Kontaktpunkte. Sie gehen nicht verloren: Wählen Sie, wohin sie kommen.',
    choice: 'Was mit den Kontaktpunkten geschieht',
    move: 'In eine andere Phase verschieben',
    target: 'Phase, in die sie kommen',
    archive: 'Archivieren (unter der Karte wiederherstellbar)',
    confirm: 'Phase entfernen',
  },
};

export const journeyActionsDe: CatalogueShape<typeof journeyActionsEn> = {
  createJourneyFromTemplate: 'Kundenreise aus Vorlage anlegen',
  duplicateJourney: 'Kundenreise duplizieren',
  markJourneyReviewed: 'Kundenreise als geprüft markieren',
  changeJourneyPersona: 'Persona der Kundenreise ändern',
  createPersona: 'Persona anlegen',
  editPersona: 'Persona bearbeiten',
  removeStageMoveTouchpoints: 'Phase entfernen und Kontaktpunkte verschieben',
  removeStageArchiveTouchpoints: 'Phase entfernen und Kontaktpunkte archivieren',
  changeReviewInterval: 'Prüfintervall ändern',
};
