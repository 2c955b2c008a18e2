import { hyphenateSync as hyphenateGerman } from 'hyphen/de';
import { hyphenateSync as hyphenateEnglish } from 'hyphen/en';

/**
 * Where long words may break, from the TeX hyphenation patterns of the
 * maintained `hyphen` package (German: reformed orthography of 1996; English:
 * US). Browsers hyphenate only with a dictionary, and the Chromium builds this
 * app runs in ship none, so "Zufriedenheitsumfrage" on a sticky note or a slide
 * would overflow or break anywhere. Breaks become soft hyphens (shown only where
 * a line actually breaks) for the screen, and break points for the printed
 * layouts (wrap.ts). The stored text never changes.
 */

export type TextLanguage = 'de' | 'en';

export const SOFT_HYPHEN = '\u00ad';

/** Words shorter than this are not hyphenated on screen: they fit a note or a column as they are. */
export const MIN_SOFT_WORD = 8;
/** No fragment shorter than this at either side of a break ("A-bend", "Kor-b-ab"). */
const MIN_FRAGMENT = 2;

const HYPHENATORS: Readonly<Record<TextLanguage, typeof hyphenateGerman>> = {
  de: hyphenateGerman,
  en: hyphenateEnglish,
};

const LETTERS = /^\p{L}+$/u;

/** Break points inside one run of letters (indexes where a line may end with a hyphen). */
function letterRunPoints(run: string, language: TextLanguage): number[] {
  if (run.length < 2 * MIN_FRAGMENT || !LETTERS.test(run)) return [];
  const marked = HYPHENATORS[language](run, { hyphenChar: SOFT_HYPHEN, minWordLength: 2 * MIN_FRAGMENT });
  const points: number[] = [];
  let at = 0;
  for (const ch of marked) {
    if (ch === SOFT_HYPHEN) points.push(at);
    else at += ch.length;
  }
  // A one-letter piece between two breaks joins the piece before it ("Kor-b-ab" → "Korb-ab").
  const kept: number[] = [];
  for (const p of points) {
    if (p < MIN_FRAGMENT || run.length - p < MIN_FRAGMENT) continue;
    const last = kept.at(-1) ?? 0;
    if (p - last < MIN_FRAGMENT && kept.length > 0) kept[kept.length - 1] = p;
    else if (p - last >= MIN_FRAGMENT) kept.push(p);
  }
  return kept;
}

export interface WordBreak {
  /** Index in the word where the next line starts. */
  at: number;
  /** True where the line ends in a hyphen the word does not have ("Zufrieden-" / "heitsumfrage"); false after a hyphen of its own ("E-Mail-" / "Newsletter"). */
  hyphen: boolean;
}

/**
 * Where a word may break: at syllable boundaries of each part, and after a
 * hyphen it already has. A token with digits, @, /, :, _ or braces (a code, a
 * link, an address, a placeholder) only breaks after its own hyphens.
 */
export function wordBreaks(word: string, language: TextLanguage): WordBreak[] {
  const breaks: WordBreak[] = [];
  const technical = /[\d@/\\:_{}]/u.test(word);
  let offset = 0;
  const parts = word.split(/(?<=-)/u);
  parts.forEach((part, i) => {
    if (!technical) {
      const run = part.endsWith('-') ? part.slice(0, -1) : part;
      // Leading and trailing punctuation ("(Kundenbindung),") is not part of the word.
      const m = /^(\P{L}*)(\p{L}+)(\P{L}*)$/u.exec(run);
      if (m)
        for (const p of letterRunPoints(m[2]!, language)) breaks.push({ at: offset + m[1]!.length + p, hyphen: true });
    }
    offset += part.length;
    if (i < parts.length - 1 && part.length > 1) breaks.push({ at: offset, hyphen: false });
  });
  return breaks;
}

/** A word split at every break, for reading and for tests: "Zu-frie-den-heits-um-fra-ge". */
export function syllables(word: string, language: TextLanguage): string {
  let out = '';
  let last = 0;
  for (const b of wordBreaks(word, language)) {
    out += word.slice(last, b.at) + (b.hyphen ? '-' : '');
    last = b.at;
  }
  return out + word.slice(last);
}

/**
 * The text with soft hyphens in its long words, for the screen. Short words,
 * codes and links stay as they are; the browser breaks after real hyphens itself.
 */
export function softHyphenate(text: string, language: TextLanguage, minWord = MIN_SOFT_WORD): string {
  return text.replace(/\S+/gu, (token) => {
    if (token.length < minWord) return token;
    let out = '';
    let last = 0;
    for (const b of wordBreaks(token, language)) {
      if (!b.hyphen) continue;
      // Each part must be long enough on its own: "E-Mail-Newsletter" hyphenates "Newsletter", not "Mail".
      const partStart = token.lastIndexOf('-', b.at - 1) + 1;
      const partEnd = token.indexOf('-', b.at);
      if ((partEnd === -1 ? token.length : partEnd) - partStart < minWord) continue;
      out += token.slice(last, b.at) + SOFT_HYPHEN;
      last = b.at;
    }
    return out + token.slice(last);
  });
}
