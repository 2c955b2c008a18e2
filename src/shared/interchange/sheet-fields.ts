import type { Language } from '../default-catalogue';

/**
 * The touchpoint fields a spreadsheet column can be mapped to, with the
 * headers the template spreadsheet writes (German and English) and the other
 * words teams put above such columns, so a sheet made elsewhere is mostly
 * mapped before anyone touches the mapping.
 */

export const SHEET_FIELDS = [
  'stage',
  'step',
  'channel',
  'title',
  'customer_action',
  'company_response',
  'owner',
  'emotion',
  'kpi',
  'thinks',
  'feels',
  'says',
  'pain_points',
  'notes',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

/** Without these a row cannot become a touchpoint on the map. */
export const REQUIRED_FIELDS: readonly SheetField[] = ['stage', 'channel', 'title'];

/** Column index per field (0-based), or null when no column holds it. */
export type SheetMapping = Record<SheetField, number | null>;

export const SHEET_HEADERS: Record<SheetField, Record<Language, string>> = {
  stage: { de: 'Phase', en: 'Stage' },
  step: { de: 'Schritt', en: 'Step' },
  channel: { de: 'Kanal', en: 'Channel' },
  title: { de: 'Kontaktpunkt', en: 'Touchpoint' },
  customer_action: { de: 'Kundenaktion', en: 'Customer action' },
  company_response: { de: 'Reaktion des Unternehmens', en: 'Company response' },
  owner: { de: 'Verantwortliche Abteilung', en: 'Owner department' },
  emotion: { de: 'Emotion (−2 bis +2)', en: 'Emotion (−2 to +2)' },
  kpi: { de: 'KPI', en: 'KPI' },
  thinks: { de: 'Gedanken', en: 'Thoughts' },
  feels: { de: 'Gefühle', en: 'Feelings' },
  says: { de: 'Aussagen', en: 'Says' },
  pain_points: { de: 'Schmerzpunkte', en: 'Pain points' },
  notes: { de: 'Notizen', en: 'Notes' },
};

/** More words for the same columns (compared without case, spaces, punctuation or umlaut dots). */
const ALIASES: Record<SheetField, readonly string[]> = {
  stage: ['phase', 'stage', 'journey stage', 'journey-phase', 'stufe', 'abschnitt'],
  step: ['schritt', 'step', 'nr', 'no', 'reihenfolge', 'order', 'zeitpunkt', 'sequence'],
  channel: ['kanal', 'channel', 'medium', 'touchpoint channel'],
  title: ['kontaktpunkt', 'touchpoint', 'titel', 'title', 'name', 'beruehrungspunkt', 'kontakt'],
  customer_action: ['kundenaktion', 'customer action', 'was tut der kunde', 'handlung', 'aktion', 'action', 'doing'],
  company_response: [
    'reaktion des unternehmens',
    'company response',
    'reaktion',
    'response',
    'antwort des unternehmens',
    'unternehmen',
  ],
  owner: [
    'verantwortliche abteilung',
    'owner department',
    'abteilung',
    'department',
    'verantwortlich',
    'owner',
    'zustaendig',
  ],
  emotion: ['emotion', 'emotion (-2 bis +2)', 'emotion (-2 to +2)', 'stimmung', 'mood', 'score', 'zufriedenheit'],
  kpi: ['kpi', 'kennzahl', 'metric', 'messgroesse'],
  thinks: ['gedanken', 'thoughts', 'denkt', 'thinks', 'was denkt der kunde'],
  feels: ['gefuehle', 'feelings', 'fuehlt', 'feels'],
  says: ['aussagen', 'says', 'sagt', 'zitat', 'quote'],
  pain_points: ['schmerzpunkte', 'pain points', 'pain point', 'probleme', 'painpoints'],
  notes: ['notizen', 'notes', 'anmerkungen', 'bemerkungen', 'kommentar', 'comment'],
};

/** Case, spaces, punctuation and umlaut dots do not count: "Kanal:" = "kanal", "Gefühle" = "gefuehle". */
export function fold(text: string): string {
  // Plain ASCII words (most cells) need none of the Unicode steps.
  if (/^[A-Za-z0-9 ._\-&/()]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return foldUnicode(text);
}

function foldUnicode(text: string): string {
  const lower = text.normalize('NFC').toLocaleLowerCase('de');
  const written = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return written
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const WORDS: Map<string, SheetField> = (() => {
  const map = new Map<string, SheetField>();
  for (const field of SHEET_FIELDS) {
    for (const word of [SHEET_HEADERS[field].de, SHEET_HEADERS[field].en, ...ALIASES[field]])
      if (!map.has(fold(word))) map.set(fold(word), field);
  }
  return map;
})();

export function emptyMapping(): SheetMapping {
  return Object.fromEntries(SHEET_FIELDS.map((f) => [f, null])) as SheetMapping;
}

/** Each field to the first column whose header names it; a column serves one field. */
export function guessMapping(headers: readonly string[]): SheetMapping {
  const mapping = emptyMapping();
  headers.forEach((header, column) => {
    const field = WORDS.get(fold(header));
    if (field && mapping[field] === null) mapping[field] = column;
  });
  return mapping;
}

/** "A", "B", … "Z", "AA": how a spreadsheet names a column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
