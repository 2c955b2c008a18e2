import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHANNELS,
  DEFAULT_DEPARTMENTS,
  DEFAULT_STAGES,
  DEFAULT_WORKSPACE_NAME,
} from '../../shared/default-catalogue';
import {
  APPROVAL_NAMES,
  CHANNEL_KIND_NAMES,
  GLOSSARY,
  MATURITY_NAMES,
  glossaryViolations,
  type GlossaryLanguage,
} from '../../shared/glossary';
import { JOURNEY_TEMPLATES } from '../../shared/templates';
import { de } from './de';
import { en } from './en';

/** Every string leaf of a nested catalogue, with its dotted path. */
function* leaves(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* leaves(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* leaves(v, path ? `${path}.${k}` : k);
}

/** The texts a user reads in one language: interface, default catalogue and templates. */
function allTexts(language: GlossaryLanguage): [string, string][] {
  const texts = [...leaves(language === 'de' ? de : en, '')];
  for (const c of DEFAULT_CHANNELS) texts.push([`defaultCatalogue.channel.${c.kind}`, c[language]]);
  for (const d of DEFAULT_DEPARTMENTS) texts.push([`defaultCatalogue.department.${d.en}`, d[language]]);
  for (const s of DEFAULT_STAGES) texts.push([`defaultCatalogue.stage.${s.en}`, s[language]]);
  for (const t of JOURNEY_TEMPLATES) {
    // Templates keep both languages side by side: pick this language's half of every pair.
    const pick = (v: unknown): unknown =>
      v && typeof v === 'object' && 'de' in v && 'en' in v
        ? (v as Record<GlossaryLanguage, unknown>)[language]
        : Array.isArray(v)
          ? v.map(pick)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pick(x)]))
            : typeof v === 'string'
              ? null // ids, keys and channel kinds are no text
              : v;
    texts.push(...leaves(pick(t), `template.${t.id}`));
  }
  return texts;
}

const report = (language: GlossaryLanguage) =>
  glossaryViolations(allTexts(language), language).map(
    (v) => `${v.path}: "${v.variant}" in «${v.text}» — the glossary says "${v.use}"`,
  );

describe('glossary', () => {
  it('German texts use the glossary words only', () => {
    expect(report('de')).toEqual([]);
  });

  it('English texts use the glossary words only', () => {
    expect(report('en')).toEqual([]);
  });

  it('German texts quote „so“ and set a space before an ellipsis', () => {
    const texts = allTexts('de');
    expect(texts.filter(([, text]) => /[\u201D"]/.test(text)).map(([path]) => path)).toEqual([]);
    expect(texts.filter(([, text]) => /\p{L}…/u.test(text)).map(([path]) => path)).toEqual([]);
    // Every „ is closed by “ in the same text.
    for (const [path, text] of texts)
      expect((text.match(/\u201E/g) ?? []).length, path).toBe((text.match(/\u201C/g) ?? []).length);
  });

  it('catches a variant, at the start of a word and in inflected forms', () => {
    const found = glossaryViolations(
      [
        ['a', 'Die Kundschaft wechselt den Kanal.'],
        ['b', 'Mindestens zwei Übergängen fehlt der Kontext.'],
        ['c', 'Gesamter Workspace'],
        ['d', 'Omni Channel erreicht'],
        ['e', 'Keine Abteilung'],
        ['f', 'Ohne Zuständigkeit'],
        ['g', 'Niemand verantwortlich'],
        ['h', 'Der Kunde wechselt über eine Übergabe.'],
      ],
      'de',
    );
    expect([...new Set(found.map((v) => v.path))]).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(found[0]!.use).toBe('Kunde');
    expect(glossaryViolations([['x', 'One handoff per transition']], 'en').map((v) => v.variant)).toEqual([
      'handoff',
      'transition',
    ]);
  });

  it('labels that name a glossary term are the glossary word itself', () => {
    for (const language of ['de', 'en'] as const) {
      const c = language === 'de' ? de : en;
      for (const [kind, names] of Object.entries(CHANNEL_KIND_NAMES))
        expect(c.channels.kinds[kind as keyof typeof CHANNEL_KIND_NAMES]).toBe(names[language]);
      for (const [level, names] of Object.entries(MATURITY_NAMES))
        expect(c.coverage.level[level as keyof typeof MATURITY_NAMES]).toBe(names[language]);
      for (const [state, names] of Object.entries(APPROVAL_NAMES)) {
        expect(c.review.state[state as keyof typeof APPROVAL_NAMES]).toBe(names[language]);
        expect(c.presentation.approval[state as keyof typeof APPROVAL_NAMES]).toBe(names[language]);
      }
      expect(c.workspace.defaultName).toBe(DEFAULT_WORKSPACE_NAME[language]);
      expect(c.sync.roles.viewer.toLowerCase()).toBe(GLOSSARY.viewer[language].toLowerCase());
      expect(c.nav.journeys.toLowerCase()).toContain(language === 'de' ? 'kundenreise' : 'journey');
    }
  });
});
