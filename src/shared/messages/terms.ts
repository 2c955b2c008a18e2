/**
 * Brand terms from the workspace's banned and required lists, found in text
 * case-insensitively and as whole words: a term counts only where no letter,
 * digit or underscore touches it on either side, in any script ("Rabatt"
 * matches "rabatt!" but not "Rabattaktion"). Terms may contain spaces; a term
 * that starts or ends with a symbol ("Marke®") needs no boundary on that side.
 */

export interface TermHit {
  /** The term as written in the workspace list. */
  term: string;
  start: number;
  end: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

function isWordChar(ch: string): boolean {
  return ch !== '' && WORD_CHAR.test(ch);
}

/** The code point that ends just before `at` (a surrogate pair counts as one). */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
}

function charAt(text: string, at: number): string {
  const cp = text.codePointAt(at);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

interface Term {
  text: string;
  /** Whether the term starts or ends with a letter, digit or underscore and so needs a boundary there. */
  wordStart: boolean;
  wordEnd: boolean;
}

/**
 * Compiled once per list, then run over many texts. One search finds where
 * any term occurs, ignoring boundaries; only there are the boundaries checked.
 * That is one pass over a text instead of a pattern with look-arounds tried at
 * every position.
 */
export class TermMatcher {
  readonly terms: readonly string[];
  /** Terms in the order of the alternatives: longer first, so "Black Friday Sale" wins over "Black Friday". */
  private readonly order: readonly (Term & { index: number })[];
  private readonly any: RegExp | null;
  /** The same alternatives with boundaries, tried only where `any` found a term whose boundaries fail. */
  private readonly bounded: RegExp | null;

  constructor(list: readonly string[]) {
    const seen = new Set<string>();
    const terms: string[] = [];
    for (const raw of list) {
      const term = raw.trim();
      const folded = term.toLowerCase();
      if (term === '' || seen.has(folded)) continue;
      seen.add(folded);
      terms.push(term);
    }
    this.terms = terms;
    this.order = terms
      .map((text, index) => ({
        text,
        index,
        wordStart: isWordChar(charAt(text, 0)),
        wordEnd: isWordChar(charBefore(text, text.length)),
      }))
      .sort((a, b) => b.text.length - a.text.length);
    const plain = this.order.map((t) => `(${escapeRegExp(t.text)})`).join('|');
    const withBounds = this.order
      .map((t) => `(${t.wordStart ? NOT_WORD_BEFORE : ''}${escapeRegExp(t.text)}${t.wordEnd ? NOT_WORD_AFTER : ''})`)
      .join('|');
    this.any = terms.length === 0 ? null : new RegExp(plain, 'giu');
    this.bounded = terms.length === 0 ? null : new RegExp(withBounds, 'iuy');
  }

  get empty(): boolean {
    return this.any === null;
  }

  private which(m: RegExpExecArray): Term & { index: number } {
    for (let g = 1; g < m.length; g += 1) if (m[g] !== undefined) return this.order[g - 1]!;
    return this.order[0]!;
  }

  find(text: string): TermHit[] {
    const hits: TermHit[] = [];
    const any = this.any;
    const bounded = this.bounded;
    if (any === null || bounded === null || text.length === 0) return hits;
    any.lastIndex = 0;
    for (let m = any.exec(text); m !== null; m = any.exec(text)) {
      const start = m.index;
      let term = this.which(m);
      let end = start + m[0].length;
      const fits =
        (!term.wordStart || !isWordChar(charBefore(text, start))) && (!term.wordEnd || !isWordChar(charAt(text, end)));
      if (!fits) {
        // A shorter term may still fit here ("Black" in "Black Fridays").
        bounded.lastIndex = start;
        const b = bounded.exec(text);
        if (b === null) {
          any.lastIndex = start + 1;
          continue;
        }
        term = this.which(b);
        end = start + b[0].length;
      }
      hits.push({ term: this.terms[term.index]!, start, end });
      any.lastIndex = end;
    }
    return hits;
  }

  /** The listed terms that occur in at least one of the texts. */
  present(texts: readonly string[]): Set<string> {
    const found = new Set<string>();
    for (const text of texts) {
      for (const hit of this.find(text)) found.add(hit.term);
      // Required lists are short and usually all present early: stop scanning then.
      if (found.size === this.terms.length) break;
    }
    return found;
  }

  /** The listed terms that occur in none of the texts, in list order. */
  missing(texts: readonly string[]): string[] {
    const found = this.present(texts);
    return found.size === this.terms.length ? [] : this.terms.filter((t) => !found.has(t));
  }
}
