import { wordBreaks, type TextLanguage } from './hyphenation';

/**
 * Line breaking for the printed layouts (PDF, PNG): words fill a line; a word
 * that fits a line of its own starts the next one, and a word wider than a
 * whole line breaks at a syllable boundary with a hyphen (from the hyphenation
 * patterns) or after a hyphen of its own. A word that has no such
 * point and is wider than the line still wraps — broken where the line is full,
 * without a hyphen, since it is no syllable boundary — and is never cut off.
 * Only a line limit cuts, and then the last line ends in an ellipsis.
 */

/** Width of a text in points at a font size (the writer passes real font metrics). */
export type Measure = (text: string, size: number, bold: boolean) => number;

const ELLIPSIS = '…';

/** Cuts a line so it fits `width`, ending in an ellipsis when something was cut. */
export function fitLine(text: string, width: number, size: number, bold: boolean, measure: Measure): string {
  if (measure(text, size, bold) <= width) return text;
  let lo = 0;
  let hi = text.length;
  // Binary search for the longest prefix that fits with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS, size, bold) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : text.slice(0, lo).trimEnd() + ELLIPSIS;
}

/** The longest head of `word` that fits after `prefix` when broken at a break point, or null. */
function breakToFit(
  word: string,
  prefix: string,
  fits: (s: string) => boolean,
  language: TextLanguage | null,
): { head: string; rest: string } | null {
  const breaks = language
    ? wordBreaks(word, language)
    : // Without a language only the word's own hyphens are break points.
      [...word.matchAll(/-(?=.)/gu)].map((m) => ({ at: m.index + 1, hyphen: false }));
  for (let i = breaks.length - 1; i >= 0; i--) {
    const b = breaks[i]!;
    const head = word.slice(0, b.at) + (b.hyphen ? '-' : '');
    if (fits(prefix + head)) return { head, rest: word.slice(b.at) };
  }
  return null;
}

/** A word wider than a whole line, broken where the line is full (no syllable boundary, so no hyphen). */
function forceBreak(word: string, fits: (s: string) => boolean): { head: string; rest: string } {
  let cut = word.length - 1;
  while (cut > 1 && !fits(word.slice(0, cut))) cut--;
  return { head: word.slice(0, cut), rest: word.slice(cut) };
}

/**
 * Word-wraps text into at most `maxLines` lines of `width`, hyphenating in
 * `language` (null: break only at spaces and existing hyphens); the last line
 * ends in an ellipsis when text was left over.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: Measure,
  maxLines = Infinity,
  language: TextLanguage | null = null,
): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  const fits = (s: string) => measure(s, size, bold) <= width;
  let current = '';
  for (let word of words) {
    for (;;) {
      const candidate = current ? `${current} ${word}` : word;
      if (fits(candidate)) {
        current = candidate;
        break;
      }
      // A word that fits a line of its own moves there whole: a short label reads better unbroken. A word
      // too wide for any line must break anyway, and its head fills the current line first.
      const split = fits(word) ? null : breakToFit(word, current ? `${current} ` : '', fits, language);
      if (split) {
        lines.push(current ? `${current} ${split.head}` : split.head);
        current = '';
        word = split.rest;
        continue;
      }
      if (current) {
        lines.push(current);
        current = '';
        continue;
      }
      // Alone on a line and still too wide, with no break point that fits: wrap anyway.
      if (word.length <= 1) {
        current = word;
        break;
      }
      const forced = forceBreak(word, fits);
      lines.push(forced.head);
      word = forced.rest;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).join(' ');
  kept[maxLines - 1] = fitLine(rest + ELLIPSIS, width, size, bold, measure).replace(/……$/, '…');
  if (!kept[maxLines - 1]!.endsWith(ELLIPSIS))
    kept[maxLines - 1] = fitLine(kept[maxLines - 1]! + ELLIPSIS, width, size, bold, measure);
  return kept;
}
