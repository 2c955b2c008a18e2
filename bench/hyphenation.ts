import { performance } from 'node:perf_hooks';
import { layoutJourney } from '../src/shared/export/journey-layout';
import { estimateWidth, PAPER_SIZES } from '../src/shared/export/ops';
import { bigJourney, LABELS_EN } from '../src/shared/export/test-journeys';
import { softHyphenate } from '../src/shared/text/hyphenation';
import type { BenchFigure } from './figure';

const ROUNDS = 5;
const NOTES = 2000;
const TOUCHPOINTS = 500;

/** Titles and notes as a German workshop writes them: long compounds the patterns have to break. */
const WORDS = [
  'Zufriedenheitsumfrage',
  'Terminerinnerung',
  'Zahlungseingangsbestätigung',
  'Vertragsabschluss',
  'Lieferverzögerung',
  'Rückerstattungsanfrage',
  'Beratung',
  'am',
  'Regal',
  'nach',
  'dem',
  'Kundenservicegespräch',
];
const sentence = (i: number, words: number) =>
  Array.from({ length: words }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]!).join(' ');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/**
 * The cost of real hyphenation: soft hyphens in a board of sticky notes beside
 * the same text passing through a plain replace, and the printed journey
 * layout of long German titles hyphenated beside the same layout breaking
 * only at spaces and hyphens.
 */
export async function benchHyphenation(): Promise<BenchFigure[]> {
  const notes = Array.from({ length: NOTES }, (_, i) => sentence(i, 8));
  softHyphenate(notes[0]!, 'de'); // loads the patterns once
  const hyphenated = time(() => notes.forEach((n) => softHyphenate(n, 'de')));
  const plain = time(() => notes.forEach((n) => n.replace(/\S+/gu, (w) => w)));

  const base = bigJourney(TOUCHPOINTS, 12);
  const input = { ...base, touchpoints: base.touchpoints.map((tp, i) => ({ ...tp, title: sentence(i, 3) })) };
  const lay = (language: 'de' | null) => () =>
    layoutJourney(input, {
      size: PAPER_SIZES.a4,
      measure: estimateWidth,
      // null: no patterns, the layout breaks only at spaces and the words' own hyphens.
      labels: { ...LABELS_EN, language: language ?? 'en' },
    });
  const withPatterns = time(lay('de'));
  const englishPatterns = time(lay(null));
  return [
    {
      id: 'text.soft_hyphenate_2000_notes_ms',
      label: `Soft hyphens for ${NOTES} German sticky notes of 8 words, median of ${ROUNDS}`,
      value: Math.round(hyphenated * 10) / 10,
      unit: 'ms',
      reference: `the same notes through a plain replace: ${plain.toFixed(1)} ms`,
      ratio: Math.round((hyphenated / Math.max(plain, 0.01)) * 100) / 100,
    },
    {
      id: 'text.layout_500_german_titles_ms',
      label: `A4 layout of ${TOUCHPOINTS} touchpoints with long German titles, German patterns, median of ${ROUNDS}`,
      value: Math.round(withPatterns * 10) / 10,
      unit: 'ms',
      reference: `the same layout with the English patterns (few breaks in German words): ${englishPatterns.toFixed(1)} ms`,
      ratio: Math.round((withPatterns / englishPatterns) * 100) / 100,
    },
  ];
}
