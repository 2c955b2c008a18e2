import type { ChannelKind } from './schema/tables';

/**
 * The words of the field, one per idea and language. German first: the teams
 * this app is for say "Kundenreise", "Kontaktpunkt" and "Übergabe", and a
 * screen that says "Übergang" in one place and "Übergabe" in the next makes
 * them wonder whether these are two things. Every catalogue (the interface
 * texts, the default catalogue, the journey templates) uses these words; the
 * glossary test fails on any variant listed under `avoid`.
 *
 * `avoid` holds regular-expression sources matched case-insensitively at the
 * start of a word, so "Übergang" also catches "Übergängen".
 */

export interface GlossaryEntry {
  /** What the term names, for whoever writes a catalogue text. */
  readonly concept: string;
  readonly en: string;
  readonly de: string;
  readonly avoid: { readonly en?: readonly string[]; readonly de?: readonly string[] };
}

const entry = (e: GlossaryEntry): GlossaryEntry => e;

export const GLOSSARY = {
  customer: entry({
    concept: 'the person travelling the journey',
    en: 'customer',
    de: 'Kunde',
    avoid: { de: ['Kundschaft', 'Konsument'], en: ['client'] },
  }),
  workspace: entry({
    concept: 'one brand or company: its catalogue, journeys and messages',
    en: 'workspace',
    de: 'Arbeitsbereich',
    avoid: { de: ['Workspace'] },
  }),
  journey: entry({
    concept: "a persona's path, stage by stage",
    en: 'journey',
    de: 'Kundenreise',
    avoid: { de: ['Journey', 'Customer Journey', 'Kundenpfad'] },
  }),
  stage: entry({
    concept: 'one column of a journey (inspiration, research, …)',
    en: 'stage',
    de: 'Phase',
    avoid: { de: ['Etappe', 'Stufe der Kundenreise', 'Stage'] },
  }),
  touchpoint: entry({
    concept: 'one contact at one stage on one channel',
    en: 'touchpoint',
    de: 'Kontaktpunkt',
    avoid: { de: ['Touchpoint', 'Berührungspunkt'], en: ['touch point', 'touch-point'] },
  }),
  handoff: entry({
    concept: 'the customer moving from one touchpoint to the next, carrying context or losing it',
    en: 'hand-off',
    de: 'Übergabe',
    avoid: { de: ['Übergang', 'Übergäng', 'Transition'], en: ['handoff', 'transition'] },
  }),
  ownerDepartment: entry({
    concept: 'the one department answerable for a touchpoint',
    en: 'owner department',
    de: 'verantwortliche Abteilung',
    avoid: { de: ['zuständige Abteilung', 'Zuständigkeit', 'Zuständige', 'besitzende Abteilung'] },
  }),
  noOwner: entry({
    concept: 'a touchpoint no department answers for',
    en: 'no owner department',
    de: 'ohne verantwortliche Abteilung',
    avoid: {
      de: [
        'Niemand verantwortlich',
        'Keine Abteilung',
        'Ohne Zuständigkeit',
        'Keine Zuständigkeit',
        'Ohne Verantwortliche(?!\\p{L}| Abteilung)',
      ],
      en: ['unowned', 'nobody owns'],
    },
  }),
  supportingDepartment: entry({
    concept: 'a department that helps at a touchpoint without owning it',
    en: 'supporting department',
    de: 'unterstützende Abteilung',
    avoid: { de: ['mitwirkende Abteilung', 'beteiligte Abteilung', 'helfende Abteilung'] },
  }),
  backChannel: entry({
    concept: 'the customer can answer on the same channel',
    en: 'back channel',
    de: 'Rückkanal',
    avoid: { de: ['Antwortkanal', 'Rückmeldekanal'], en: ['backchannel', 'back-channel'] },
  }),
  coreMessage: entry({
    concept: 'what a touchpoint says on every channel',
    en: 'core message',
    de: 'Kernbotschaft',
    avoid: { de: ['Kernnachricht', 'Hauptbotschaft'] },
  }),
  fact: entry({
    concept: 'information that must read the same on every channel',
    en: 'fact',
    de: 'Fakt',
    avoid: { de: ['Faktum'] },
  }),
  callToAction: entry({
    concept: 'the button or line asking the customer to act',
    en: 'call to action',
    de: 'Handlungsaufforderung',
    avoid: { de: ['Handlungsaufruf', 'Call to Action'] },
  }),
  preheader: entry({
    concept: 'the line an inbox shows after the subject',
    en: 'preheader',
    de: 'Vorschautext',
    avoid: { de: ['Vorschauzeile', 'Preheader'] },
  }),
  maturity: entry({
    concept: 'how far a journey is on the way to omnichannel',
    en: 'maturity level',
    de: 'Reifegrad',
    avoid: { de: ['Reifestufe', 'Reifelevel'] },
  }),
  snapshot: entry({
    concept: 'the journey frozen at approval',
    en: 'snapshot',
    de: 'Freigabestand',
    avoid: { de: ['Schnappschuss', 'Snapshot', 'Momentaufnahme'] },
  }),
  viewer: entry({
    concept: 'the role that reads, comments and approves',
    en: 'viewer',
    de: 'Leser',
    avoid: { de: ['Betrachter'], en: ['reader'] },
  }),
  knowsHistory: entry({
    concept: 'a touchpoint that knows what the customer did before it (the context a hand-off carries)',
    en: 'knows the history',
    de: 'kennt die Vorgeschichte',
    avoid: { de: ['frühere Aktivität', 'bisherigen Schritte'] },
  }),
  thread: entry({
    concept: 'a comment with its replies, open until someone marks it done',
    en: 'thread',
    de: 'Diskussion',
    avoid: { de: ['Thread'] },
  }),
} as const;

export type GlossaryTerm = keyof typeof GLOSSARY;

export interface Bilingual {
  readonly de: string;
  readonly en: string;
}

/**
 * The maturity ladder. One spelling per language, closed up as the field
 * writes "Omnichannel" (the app's own name): never "Omni Channel" or
 * "Omni-Channel" beside it.
 */
export const MATURITY_NAMES = {
  single: { de: 'Singlechannel', en: 'Single-channel' },
  multi: { de: 'Multichannel', en: 'Multichannel' },
  cross: { de: 'Crosschannel', en: 'Cross-channel' },
  omni: { de: 'Omnichannel', en: 'Omnichannel' },
} as const satisfies Record<string, Bilingual>;

/** Variants of the ladder's words that no text may use. */
export const MATURITY_AVOID: { readonly de: readonly string[]; readonly en: readonly string[] } = {
  de: ['Single[ -]Channel', 'Multi[ -]Channel', 'Cross[ -]Channel', 'Omni[ -]Channel'],
  en: ['single channel', 'multi[ -]channel', 'cross channel', 'omni[ -]channel'],
};

/** Approval states of a journey. */
export const APPROVAL_NAMES = {
  draft: { de: 'Entwurf', en: 'Draft' },
  in_review: { de: 'In Prüfung', en: 'In review' },
  changes_requested: { de: 'Änderungen erbeten', en: 'Changes requested' },
  approved: { de: 'Freigegeben', en: 'Approved' },
} as const satisfies Record<string, Bilingual>;

export const APPROVAL_AVOID: { readonly de: readonly string[]; readonly en: readonly string[] } = {
  de: ['Genehmigt', 'Änderungen angefragt', 'Änderungen angefordert', 'In Review', 'Überarbeitung erbeten'],
  en: [],
};

/**
 * Channel kinds by their field names. Workshop shorthand and imports accept
 * these in either language, whatever language the workspace was created in.
 */
export const CHANNEL_KIND_NAMES: Readonly<Record<ChannelKind, Bilingual>> = {
  website: { de: 'Website', en: 'Website' },
  shop: { de: 'Onlineshop', en: 'Online shop' },
  email: { de: 'E-Mail', en: 'Email' },
  sms: { de: 'SMS', en: 'SMS' },
  push: { de: 'Push-Nachricht', en: 'Push notification' },
  app: { de: 'Mobile App', en: 'Mobile app' },
  social: { de: 'Social Media', en: 'Social media' },
  search_ads: { de: 'Suchanzeigen', en: 'Search ads' },
  store: { de: 'Filiale', en: 'Physical store' },
  shop_window: { de: 'Schaufenster', en: 'Shop window' },
  call_centre: { de: 'Callcenter', en: 'Call centre' },
  print: { de: 'Print', en: 'Print' },
  reseller: { de: 'Händler', en: 'Reseller' },
  review_site: { de: 'Bewertungsportal', en: 'Review site' },
  other: { de: 'Sonstiges', en: 'Other' },
};

export const CHANNEL_KIND_AVOID: { readonly de: readonly string[]; readonly en: readonly string[] } = {
  de: ['Push-Benachrichtigung', 'Suchmaschinenanzeige', 'Call-Center', 'Call Center', 'Online-Shop'],
  en: ['call center', 'webshop', 'e-mail'],
};

export type GlossaryLanguage = 'de' | 'en';

export interface GlossaryRule {
  /** The word to use instead. */
  readonly use: string;
  readonly pattern: RegExp;
  readonly variant: string;
}

/** Every variant a text in `language` must not contain, with the glossary word to use instead. */
export function glossaryRules(language: GlossaryLanguage): GlossaryRule[] {
  const rules: GlossaryRule[] = [];
  const add = (use: string, variants: readonly string[] | undefined) => {
    for (const variant of variants ?? []) {
      // A word start that is not ASCII-only: "Übergang" inside "Kundenübergang" is no hit, "Übergängen" is.
      rules.push({ use, variant, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${variant}`, 'iu') });
    }
  };
  for (const e of Object.values(GLOSSARY) as GlossaryEntry[]) add(e[language], e.avoid[language]);
  add(
    Object.values(MATURITY_NAMES)
      .map((n) => n[language])
      .join(' / '),
    MATURITY_AVOID[language],
  );
  add(
    Object.values(APPROVAL_NAMES)
      .map((n) => n[language])
      .join(' / '),
    APPROVAL_AVOID[language],
  );
  add('the channel kind names of the glossary', CHANNEL_KIND_AVOID[language]);
  return rules;
}

export interface GlossaryViolation {
  path: string;
  text: string;
  variant: string;
  use: string;
}

/** The places in a set of texts (path → text) that use a variant instead of the glossary word. */
export function glossaryViolations(
  texts: Iterable<readonly [string, string]>,
  language: GlossaryLanguage,
): GlossaryViolation[] {
  const rules = glossaryRules(language);
  const found: GlossaryViolation[] = [];
  for (const [path, text] of texts) {
    // Placeholders are names for the code, not words for the reader.
    const words = text.replace(/\{\{[^}]*\}\}/g, ' ');
    for (const rule of rules) {
      if (rule.pattern.test(words)) found.push({ path, text, variant: rule.variant, use: rule.use });
    }
  }
  return found;
}
