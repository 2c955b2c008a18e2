import type { Language } from '../default-catalogue';
import { byOrder } from '../ordering';
import type { Channel, ChannelKind, Department } from '../schema/tables';
import { columnLetter, SHEET_FIELDS, SHEET_HEADERS, type SheetField } from './sheet-fields';
import type { SheetSpec } from './sheet-export';

/**
 * The spreadsheet to start from: the columns the import reads, a few example
 * rows in the workspace's own channel and department names, and a second
 * sheet that explains each column and lists the names that are accepted.
 */

const HELP: Record<SheetField, Record<Language, string>> = {
  stage: {
    de: 'Name der Phase. Zeilen mit demselben Namen landen in derselben Phase; eine vorhandene Phase wird ergänzt.',
    en: 'Name of the stage. Rows with the same name go into the same stage; an existing stage is added to.',
  },
  step: {
    de: 'Zeitpunkt innerhalb der Phase (1, 2, 3 …). Zeilen mit demselben Schritt geschehen parallel. Leer: eigener Schritt in Zeilenfolge.',
    en: 'Point in time within the stage (1, 2, 3 …). Rows with the same step happen in parallel. Empty: a step of its own, in row order.',
  },
  channel: {
    de: 'Ein Kanal dieses Workspace (Liste unten), auch auf Englisch oder als Art (z. B. „store“).',
    en: 'A channel of this workspace (list below), also in German or by kind (e.g. “store”).',
  },
  title: { de: 'Kurzer Titel des Kontaktpunkts (Pflicht).', en: 'Short title of the touchpoint (required).' },
  customer_action: { de: 'Was die Kundin oder der Kunde tut.', en: 'What the customer does.' },
  company_response: { de: 'Was das Unternehmen darauf tut.', en: 'What the company does in response.' },
  owner: {
    de: 'Verantwortliche Abteilung (Liste unten). Unbekannte Namen werden beim Import zum Anlegen angeboten.',
    en: 'Owner department (list below). Unknown names are offered for creation when importing.',
  },
  emotion: {
    de: 'Ganze Zahl von −2 (sehr negativ) bis +2 (sehr positiv); leer = 0.',
    en: 'Whole number from −2 (very negative) to +2 (very positive); empty = 0.',
  },
  kpi: { de: 'Kennzahl, an der der Kontaktpunkt gemessen wird.', en: 'The metric the touchpoint is measured by.' },
  thinks: { de: 'Was die Kundin oder der Kunde hier denkt.', en: 'What the customer thinks here.' },
  feels: { de: 'Was sie oder er fühlt.', en: 'What the customer feels.' },
  says: { de: 'Was sie oder er sagt (Zitat).', en: 'What the customer says (a quote).' },
  pain_points: { de: 'Was hier schmerzt.', en: 'What hurts here.' },
  notes: { de: 'Weitere Notizen.', en: 'Further notes.' },
};

const WORDS = {
  sheet: { de: 'Kontaktpunkte', en: 'Touchpoints' },
  help: { de: 'Hinweise', en: 'Notes' },
  column: { de: 'Spalte', en: 'Column' },
  meaning: { de: 'Bedeutung', en: 'Meaning' },
  channels: { de: 'Kanäle in diesem Workspace', en: 'Channels in this workspace' },
  departments: { de: 'Abteilungen in diesem Workspace', en: 'Departments in this workspace' },
} as const;

interface Example {
  stage: Record<Language, string>;
  step: number;
  kind: ChannelKind;
  title: Record<Language, string>;
  action: Record<Language, string>;
  response: Record<Language, string>;
  owner: number;
  emotion: number;
  kpi: Record<Language, string>;
  thinks: Record<Language, string>;
}

const EXAMPLES: readonly Example[] = [
  {
    stage: { de: 'Recherche', en: 'Research' },
    step: 1,
    kind: 'website',
    title: { de: 'Produktseite lesen', en: 'Reading the product page' },
    action: { de: 'Vergleicht Modelle und Preise.', en: 'Compares models and prices.' },
    response: { de: 'Zeigt Verfügbarkeit je Filiale.', en: 'Shows stock per store.' },
    owner: 4,
    emotion: 1,
    kpi: { de: 'Verweildauer', en: 'Time on page' },
    thinks: { de: 'Ist es in meiner Nähe vorrätig?', en: 'Is it in stock near me?' },
  },
  {
    stage: { de: 'Recherche', en: 'Research' },
    step: 1,
    kind: 'app',
    title: { de: 'Merkliste in der App', en: 'Wish list in the app' },
    action: { de: 'Speichert zwei Modelle.', en: 'Saves two models.' },
    response: { de: 'Erinnert bei Preisänderung.', en: 'Reminds when the price changes.' },
    owner: 2,
    emotion: 0,
    kpi: { de: 'Merklisten-Nutzung', en: 'Wish list use' },
    thinks: { de: '', en: '' },
  },
  {
    stage: { de: 'Kauf', en: 'Purchase' },
    step: 1,
    kind: 'store',
    title: { de: 'Beratung in der Filiale', en: 'Advice in the store' },
    action: { de: 'Probiert das Modell aus.', en: 'Tries the model.' },
    response: { de: 'Beratung kennt die Merkliste.', en: 'The advisor knows the wish list.' },
    owner: 5,
    emotion: 2,
    kpi: { de: 'Abschlussquote', en: 'Conversion rate' },
    thinks: { de: 'Gut, dass sie Bescheid wissen.', en: 'Good that they know.' },
  },
];

export function templateSheets(
  language: Language,
  channels: readonly Channel[],
  departments: readonly Department[],
): SheetSpec[] {
  const liveChannels = byOrder(channels.filter((c) => !c.tombstone && !c.archived));
  const liveDepartments = byOrder(departments.filter((d) => !d.tombstone && !d.archived));
  const channelOf = (kind: ChannelKind) =>
    liveChannels.find((c) => c.kind === kind)?.name ?? liveChannels[0]?.name ?? '';
  const ownerOf = (i: number) => liveDepartments[i]?.name ?? liveDepartments[0]?.name ?? '';
  const fields = SHEET_FIELDS;
  const rows = EXAMPLES.map((e) => {
    const values: Partial<Record<SheetField, string | number>> = {
      stage: e.stage[language],
      step: e.step,
      channel: channelOf(e.kind),
      title: e.title[language],
      customer_action: e.action[language],
      company_response: e.response[language],
      owner: ownerOf(e.owner),
      emotion: e.emotion,
      kpi: e.kpi[language],
      thinks: e.thinks[language],
    };
    return fields.map((f) => values[f] ?? null);
  });
  const help: SheetSpec = {
    name: WORDS.help[language],
    columns: [
      { header: WORDS.column[language], width: 28 },
      { header: WORDS.meaning[language], width: 90 },
    ],
    rows: [
      ...fields.map((f) => [SHEET_HEADERS[f][language], HELP[f][language]]),
      [null, null],
      [WORDS.channels[language], null],
      ...liveChannels.map((c) => [null, c.name]),
      [null, null],
      [WORDS.departments[language], null],
      ...liveDepartments.map((d) => [null, d.name]),
    ],
  };
  // Header row 1, fields, a blank row and the channels' heading: the first channel is on row fields + 4.
  const first = fields.length + 4;
  const sheet: SheetSpec = {
    name: WORDS.sheet[language],
    columns: fields.map((f) => ({
      header: SHEET_HEADERS[f][language],
      width: f === 'title' ? 30 : f.includes('_') ? 34 : 18,
    })),
    rows,
    emotionColumn: fields.indexOf('emotion'),
    listColumn:
      liveChannels.length > 0
        ? {
            column: fields.indexOf('channel'),
            range: `'${help.name}'!$${columnLetter(1)}$${first}:$${columnLetter(1)}$${first + liveChannels.length - 1}`,
          }
        : undefined,
  };
  return [sheet, help];
}

export const TEMPLATE_FILE_NAME: Record<Language, string> = {
  de: 'Kundenreise-Vorlage.xlsx',
  en: 'Journey-template.xlsx',
};
