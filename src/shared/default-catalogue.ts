import type { ChannelConstraints, ChannelKind, Ownership } from './schema/tables';
import { channelConstraintsSchema } from './schema/tables';

/**
 * What a new workspace starts with. Names come in both interface languages;
 * the workspace is seeded in the language the user works in, and afterwards the
 * names are ordinary data the team renames as it likes.
 */

export type Language = 'de' | 'en';
export const LANGUAGES: readonly Language[] = ['de', 'en'];

interface Named {
  de: string;
  en: string;
  /** Default names of earlier versions: a row still carrying one is still at its default. */
  formerly?: readonly string[];
}

export interface DefaultChannel extends Named {
  kind: ChannelKind;
  online: boolean;
  ownership: Ownership;
  controlled: boolean;
  monitored: boolean;
  backChannel: boolean;
  constraints: ChannelConstraints;
}

const limits = (c: Partial<ChannelConstraints>): ChannelConstraints => channelConstraintsSchema.parse(c);

export const DEFAULT_CHANNELS: readonly DefaultChannel[] = [
  {
    kind: 'website',
    de: 'Website',
    en: 'Website',
    online: true,
    ownership: 'owned',
    controlled: true,
    monitored: true,
    backChannel: true,
    constraints: limits({ headlineMax: 80, bodyMax: 2000, ctaMax: 30 }),
  },
  {
    kind: 'shop',
    de: 'Onlineshop',
    en: 'Online shop',
    online: true,
    ownership: 'owned',
    controlled: true,
    monitored: true,
    backChannel: true,
    constraints: limits({ headlineMax: 80, bodyMax: 1500, ctaMax: 30 }),
  },
  {
    kind: 'email',
    de: 'E-Mail-Newsletter',
    en: 'Email newsletter',
    online: true,
    ownership: 'owned',
    controlled: true,
    monitored: true,
    backChannel: true,
    constraints: limits({
      subject: true,
      preheader: true,
      subjectMax: 60,
      preheaderMax: 100,
      headlineMax: 80,
      bodyMax: 5000,
      ctaMax: 30,
    }),
  },
  {
    kind: 'sms',
    de: 'SMS',
    en: 'SMS',
    online: true,
    ownership: 'owned',
    controlled: true,
    monitored: true,
    backChannel: true,
    constraints: limits({ smsMaxSegments: 2, images: false, headlineMax: null, bodyMax: null, ctaMax: null }),
  },
  {
    kind: 'push',
    de: 'Push-Nachricht',
    en: 'Push notification',
    formerly: ['Push-Benachrichtigung'],
    online: true,
    ownership: 'owned',
    controlled: true,
    monitored: true,
    backChannel: false,
    constraints: limits({ headlineMax: 50, bodyMax: 150, ctaMax: 20, images: false }),
  },
  {
    kind: 'app',
    de: 'Mobile App',
    en: 'Mobile app',
    online: true,
    ownership: 'owned',
    controlled: true,
    monitored: true,
    backChannel: true,
    constraints: limits({ headlineMax: 60, bodyMax: 1000, ctaMax: 25 }),
  },
  {
    kind: 'social',
    de: 'Social Media',
    en: 'Social media',
    online: true,
    ownership: 'earned',
    controlled: false,
    monitored: true,
    backChannel: true,
    constraints: limits({ headlineMax: null, bodyMax: 280, ctaMax: 30 }),
  },
  {
    kind: 'search_ads',
    de: 'Suchanzeigen',
    en: 'Search ads',
    formerly: ['Suchmaschinenanzeigen'],
    online: true,
    ownership: 'paid',
    controlled: true,
    monitored: true,
    backChannel: false,
    constraints: limits({ headlineMax: 30, bodyMax: 90, ctaMax: 15, images: false }),
  },
  {
    kind: 'store',
    de: 'Filiale',
    en: 'Physical store',
    online: false,
    ownership: 'owned',
    controlled: true,
    monitored: true,
    backChannel: true,
    constraints: limits({ headlineMax: 60, bodyMax: 600, ctaMax: 30, links: false }),
  },
  {
    kind: 'shop_window',
    de: 'Schaufenster',
    en: 'Shop window',
    online: false,
    ownership: 'owned',
    controlled: true,
    monitored: false,
    backChannel: false,
    constraints: limits({ headlineMax: 40, bodyMax: 120, ctaMax: 25, links: false }),
  },
  {
    kind: 'call_centre',
    de: 'Callcenter',
    en: 'Call centre',
    online: false,
    ownership: 'owned',
    controlled: true,
    monitored: true,
    backChannel: true,
    constraints: limits({ headlineMax: null, bodyMax: 1200, ctaMax: null, links: false, images: false }),
  },
  {
    kind: 'print',
    de: 'Print & Katalog',
    en: 'Print & catalogue',
    online: false,
    ownership: 'owned',
    controlled: true,
    monitored: false,
    backChannel: false,
    constraints: limits({ headlineMax: 60, bodyMax: 800, ctaMax: 30, links: false }),
  },
  {
    kind: 'reseller',
    de: 'Händler & Wiederverkäufer',
    en: 'Reseller & dealer',
    online: false,
    ownership: 'third_party',
    controlled: false,
    monitored: false,
    backChannel: true,
    constraints: limits({ headlineMax: 60, bodyMax: 800, ctaMax: 30 }),
  },
  {
    kind: 'review_site',
    de: 'Bewertungsportale',
    en: 'Third-party review sites',
    online: true,
    ownership: 'earned',
    controlled: false,
    monitored: false,
    backChannel: true,
    constraints: limits({ headlineMax: null, bodyMax: 1000, ctaMax: null, images: false }),
  },
];

export interface DefaultDepartment extends Named {
  color: string;
}

export const DEFAULT_DEPARTMENTS: readonly DefaultDepartment[] = [
  { de: 'Geschäftsführung', en: 'Management', color: '#334155' },
  { de: 'Marketing analog', en: 'Marketing (analog)', color: '#b45309' },
  { de: 'Marketing digital', en: 'Marketing (digital)', color: '#7c3aed' },
  { de: 'Vertrieb', en: 'Sales', color: '#0369a1' },
  { de: 'E-Commerce', en: 'E-commerce', color: '#0d9488' },
  { de: 'Filialbetrieb', en: 'Store operations', color: '#be123c' },
  { de: 'Kundenservice', en: 'Customer service', color: '#15803d' },
];

export const DEFAULT_STAGES: readonly Named[] = [
  { de: 'Inspiration', en: 'Inspiration' },
  { de: 'Recherche', en: 'Research' },
  { de: 'Abwägung', en: 'Evaluation' },
  { de: 'Kauf', en: 'Purchase' },
  { de: 'Lieferung', en: 'Delivery' },
  { de: 'Service', en: 'Service' },
  { de: 'Bindung', en: 'Loyalty' },
];

export function pickName(item: Named, language: Language): string {
  return item[language];
}

/** The name a new workspace gets, in the interface language. */
export const DEFAULT_WORKSPACE_NAME: Named = {
  de: 'Mein Arbeitsbereich',
  en: 'My workspace',
  formerly: ['Mein Workspace'],
};

/** Every name an entry has had as a default, in any language. */
export function defaultNames(item: Named): string[] {
  return [item.de, item.en, ...(item.formerly ?? [])];
}
