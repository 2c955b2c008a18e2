import type { CatalogueShape } from '../../i18n/catalogue';
import type { settingsMessagesEn } from './i18n.settings.en';

/** Texte des Bereichs Botschaften in den Einstellungen: Kanalgrenzen (Katalog) und Markenbegriffe (Allgemein). */
export const settingsMessagesDe: CatalogueShape<typeof settingsMessagesEn> = {
  constraints: {
    button: 'Grenzen',
    open: 'Textgrenzen von {{channel}}',
    title: 'Textgrenzen: {{channel}}',
    intro:
      'Jede Variante für diesen Kanal wird gegen diese Grenzen geprüft, am Text, wie der Kunde ihn sieht. Eine leere Länge bedeutet: keine Grenze.',
    lengths: 'Höchstlänge (Zeichen)',
    headlineMax: 'Überschrift',
    bodyMax: 'Text',
    ctaMax: 'Handlungsaufforderung',
    noLimit: 'keine Grenze',
    email: 'Betreff und Vorschautext',
    subject: 'Hat eine Betreffzeile',
    subjectMax: 'Betreff, höchstens',
    preheader: 'Hat einen Vorschautext',
    preheaderMax: 'Vorschautext, höchstens',
    smsTitle: 'SMS',
    sms: 'Wird als SMS gesendet (in Segmenten gezählt, GSM-7 oder Unicode)',
    smsMaxSegments: 'Segmente, höchstens',
    content: 'Inhalt',
    links: 'Links erlaubt',
    images: 'Bilder erlaubt',
    invalid: 'Längen sind ganze Zahlen von 1 bis 100.000, SMS-Segmente von 1 bis 20.',
    sender: 'Absender in der Vorschau',
    senderHint:
      'Von wem die Kundin eine Botschaft auf diesem Kanal sieht: der Absendername einer E-Mail, die Absenderkennung einer SMS (höchstens 11 Buchstaben und Ziffern), das Ladenschild. Leer: der Name des Arbeitsbereichs.',
    save: 'Grenzen speichern',
  },
  brandTerms: {
    title: 'Markenbegriffe',
    bannedTitle: 'Verbotene Begriffe',
    bannedIntro:
      'Wörter, die keine Botschaft verwenden darf, etwa der Name eines Wettbewerbers oder eine Aussage, die die Rechtsabteilung ausgeschlossen hat.',
    bannedNew: 'Neuer verbotener Begriff',
    bannedPlaceholder: 'z. B. billigste',
    requiredTitle: 'Pflichtbegriffe',
    requiredIntro: 'Wörter, die jede Variante enthalten muss, etwa der Markenname.',
    requiredNew: 'Neuer Pflichtbegriff',
    requiredPlaceholder: 'z. B. der Markenname',
    none: 'Noch keine.',
    add: 'Hinzufügen',
    remove: '{{term}} entfernen',
  },
};
