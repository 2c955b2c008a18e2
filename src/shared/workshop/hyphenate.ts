/**
 * Break opportunities for long words on a projector. Browsers only hyphenate
 * with a dictionary, and the Electron/Chromium builds this app runs in often
 * have none, so a sticky reading "Gewährleistungsanspruchsprüfung" would
 * overflow or break anywhere. This inserts soft hyphens (shown only where a
 * line actually breaks) at syllable-like points: between vowel groups, before
 * the last consonant of the cluster between them (German "sch", "ch", "ck",
 * "ph", "th" count as one consonant). Not a dictionary, but close enough for
 * a line break, and it never changes what is stored.
 */

export const SOFT_HYPHEN = '\u00ad';

const VOWEL = /[aeiouyäöüàáâéèêíìîóòôúùû]/iu;
const UNITS = ['sch', 'ch', 'ck', 'ph', 'th'];
/** Consonant pairs that start a German syllable together ("an-fra-ge", "Pro-gramm"). */
const ONSETS = new Set(['bl', 'br', 'dr', 'fl', 'fr', 'gl', 'gr', 'kl', 'kr', 'pl', 'pr', 'tr', 'schl', 'schr', 'chr']);
/** Words shorter than this are left alone; they fit any column. */
const MIN_WORD = 12;
/** No fragment at the start or end of a word shorter than this. */
const MIN_EDGE = 3;

function isVowel(ch: string): boolean {
  return VOWEL.test(ch);
}

/** Split a consonant cluster into units, so "sch" never splits. */
function units(cluster: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < cluster.length) {
    const unit = UNITS.find((u) => cluster.slice(i, i + u.length).toLowerCase() === u) ?? cluster[i]!;
    out.push(unit);
    i += unit.length;
  }
  return out;
}

/** Where a single word may break (indexes into the word). */
export function breakPoints(word: string): number[] {
  if (word.length < MIN_WORD || !/^\p{L}+$/u.test(word)) return [];
  const points: number[] = [];
  let i = 0;
  // Skip to the end of the first vowel group.
  while (i < word.length && !isVowel(word[i]!)) i += 1;
  while (i < word.length) {
    while (i < word.length && isVowel(word[i]!)) i += 1;
    const start = i;
    while (i < word.length && !isVowel(word[i]!)) i += 1;
    if (i >= word.length) break;
    const cluster = units(word.slice(start, i));
    // One consonant goes with the next syllable ("ma-ti"); of several, the last does ("schaf-fung"),
    // or the last two when they make an onset ("an-fra-ge").
    const lastTwo = cluster.length >= 2 ? cluster.slice(-2).join('') : '';
    const take = cluster.length >= 2 && ONSETS.has(lastTwo.toLowerCase()) ? lastTwo.length : cluster.at(-1)!.length;
    const at = i - take;
    if (at >= MIN_EDGE && word.length - at >= MIN_EDGE) points.push(at);
  }
  return points;
}

/** The text with soft hyphens in its long words; short words and anything not a plain word stay as they are. */
export function softHyphenate(text: string): string {
  return text.replace(/\p{L}{12,}/gu, (word) => {
    let out = '';
    let last = 0;
    for (const p of breakPoints(word)) {
      out += word.slice(last, p) + SOFT_HYPHEN;
      last = p;
    }
    return out + word.slice(last);
  });
}
