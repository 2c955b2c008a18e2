import { describe, expect, it } from 'vitest';
import { wrapText, type Measure } from './wrap';

/** Every character as wide as the next: widths in characters. */
const chars: Measure = (text) => text.length;

describe('wrapping printed text', () => {
  it('breaks a compound that does not fit at a syllable boundary, with a hyphen', () => {
    expect(wrapText('Zufriedenheitsumfrage senden', 16, 1, false, chars, Infinity, 'de')).toEqual([
      'Zufriedenheits-',
      'umfrage senden',
    ]);
    // The old rules cut "Zufriedenheitsumfr-age"; no line may end inside a syllable.
    for (const width of [8, 10, 12, 14, 18, 20]) {
      const lines = wrapText('Zufriedenheitsumfrage', width, 1, false, chars, Infinity, 'de');
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      expect(lines.join('|')).not.toMatch(/umfr-|fr-age/);
      expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Zufriedenheitsumfrage');
    }
  });

  it('moves a word that fits a line of its own, and fills the line with the head of one that does not', () => {
    expect(wrapText('Bitte Terminerinnerung prüfen', 16, 1, false, chars, Infinity, 'de')).toEqual([
      'Bitte',
      'Terminerinnerung',
      'prüfen',
    ]);
    expect(wrapText('Bitte Terminerinnerung prüfen', 12, 1, false, chars, Infinity, 'de')).toEqual([
      'Bitte Ter-',
      'minerinne-',
      'rung prüfen',
    ]);
  });

  it('breaks after a hyphen of the word itself without adding one', () => {
    expect(wrapText('Push-Benachrichtigung', 6, 1, false, chars, Infinity, null)).toEqual([
      'Push-',
      'Benach',
      'richti',
      'gung',
    ]);
    expect(wrapText('E-Mail-Newsletter', 8, 1, false, chars, Infinity, 'de')).toEqual(['E-Mail-', 'Newslet-', 'ter']);
  });

  it('wraps a word the patterns cannot break instead of cutting it', () => {
    const lines = wrapText('Brrrrrrrrrrrrrrrr!', 6, 1, false, chars, Infinity, 'de');
    expect(lines.join('')).toBe('Brrrrrrrrrrrrrrrr!');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(6);
  });

  it('ends in an ellipsis only where a line limit cuts', () => {
    const lines = wrapText('eins zwei drei vier fünf sechs sieben acht', 10, 1, false, chars, 2, 'de');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines[1]!.length).toBeLessThanOrEqual(10);
  });

  it('hyphenates English text with the English patterns', () => {
    expect(wrapText('Satisfaction questionnaire', 10, 1, false, chars, Infinity, 'en')).toEqual([
      'Satisfac-',
      'tion ques-',
      'tionnaire',
    ]);
  });
});
