import { describe, expect, it } from 'vitest';
import { SOFT_HYPHEN, softHyphenate } from './hyphenate';

const shown = (text: string) => softHyphenate(text).split(SOFT_HYPHEN).join('-');

describe('softHyphenate', () => {
  it('breaks long German words at syllable-like points', () => {
    expect(shown('Aufmerksamkeit')).toBe('Auf-merk-sam-keit');
    expect(shown('Informationsbeschaffung')).toBe('Infor-ma-tions-be-schaf-fung');
    expect(shown('Kundenbindungsprogramm')).toBe('Kun-den-bin-dungs-pro-gramm');
  });

  it('keeps sch, ch and ck together and leaves no tiny fragments at the ends', () => {
    for (const word of [
      'Reklamationsbearbeitung',
      'Gewährleistungsanspruchsprüfung',
      'Schaufensterdekoration',
      'Rückerstattungsanfrage',
    ]) {
      const parts = shown(word).split('-');
      expect(parts.join('')).toBe(word);
      expect(parts[0]!.length).toBeGreaterThanOrEqual(3);
      expect(parts.at(-1)!.length).toBeGreaterThanOrEqual(3);
      expect(shown(word)).not.toMatch(/s-ch|c-h|c-k/);
    }
    expect(shown('Schaufensterdekoration')).toBe('Schau-fens-ter-de-ko-ra-tion');
    // A heuristic, not a dictionary: compound seams ("Rück|erstattungs|anfrage") are not known.
    expect(shown('Rückerstattungsanfrage')).toBe('Rückers-tat-tung-san-frage');
  });

  it('leaves short words, numbers, links and the rest of the text alone', () => {
    expect(softHyphenate('Newsletter mit Rabatt')).toBe('Newsletter mit Rabatt');
    expect(softHyphenate('Code RABATT2030 auf example.com/fahrraeder')).toBe(
      'Code RABATT2030 auf example.com/fahrraeder',
    );
    expect(shown('Lastenfahrräder, unverständlich!')).toBe('Las-ten-fahr-rä-der, unvers-tänd-lich!');
  });
});
