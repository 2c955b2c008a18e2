import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../export/journey-layout';
import { estimateWidth, PAPER_SIZES } from '../export/ops';
import { LABELS_EN, bigJourneyRows } from '../export/test-journeys';
import { buildJourneySlice } from '../journey/slice';
import { syllables } from './hyphenation';

/**
 * The printed map (PDF and PNG share this layout) breaks long German words only
 * at syllable boundaries: the old rules printed "Zufriedenheitsumfr-age".
 */
describe('hyphenation in the journey layout', () => {
  it('breaks touchpoint titles at syllable boundaries of the reader’s language', () => {
    // Columns narrower than these words.
    const input = bigJourneyRows(10, 10);
    const words = [
      'Kundenzufriedenheitsumfrage',
      'Terminerinnerungsnachricht',
      'Vertragsabschlussbestätigung',
      'Zahlungseingangsbestätigung',
    ];
    const touchpoints = input.touchpoints.map((tp, i) => (i < words.length ? { ...tp, title: words[i]! } : tp));
    const { pages } = layoutJourney(
      // The slice indexes its rows: the titles go in before it is built.
      buildJourneySlice({ ...input, touchpoints }),
      { size: PAPER_SIZES.a4, measure: estimateWidth, labels: { ...LABELS_EN, language: 'de' } },
    );
    const texts = pages.flatMap((p) => p.ops.flatMap((op) => (op.kind === 'text' ? [op.text] : [])));
    for (const word of words) {
      const i = texts.findIndex((t) => word.startsWith(t.replace(/-$/, '')) && t.endsWith('-'));
      expect(i, `${word} should break on its card`).toBeGreaterThanOrEqual(0);
      const head = texts[i]!.slice(0, -1);
      // The head ends at one of the word's syllable boundaries.
      const boundaries = syllables(word, 'de')
        .split('-')
        .map((_, k, parts) => parts.slice(0, k + 1).join(''));
      expect(boundaries, `${word} broke as "${texts[i]}"`).toContain(head);
    }
  });
});
