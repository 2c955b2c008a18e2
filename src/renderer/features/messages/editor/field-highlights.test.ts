import { describe, expect, it } from 'vitest';
import { parsePlaceholders } from '../../../../shared/messages';
import { closestKey, fieldHighlights, segments } from './field-highlights';

const facts = new Map([['price', '49,90 €']]);

describe('fieldHighlights', () => {
  it('marks known and unknown placeholders and broken braces', () => {
    const text = 'Nur {{price}} statt {{pric}}, {oops}';
    const marks = fieldHighlights(parsePlaceholders(text), facts, false);
    expect(marks.map((m) => [text.slice(m.start, m.end), m.kind])).toEqual([
      ['{{price}}', 'fact'],
      ['{{pric}}', 'unknown'],
      ['{oops}', 'problem'],
    ]);
  });

  it('marks SMS culprits only when asked, and a problem wins over an overlapping culprit', () => {
    const text = '„Hallo“ {{Prëis}}';
    expect(fieldHighlights(parsePlaceholders(text), facts, false).map((m) => m.kind)).toEqual(['problem']);
    const marks = fieldHighlights(parsePlaceholders(text), facts, true);
    expect(marks.map((m) => [text.slice(m.start, m.end), m.kind])).toEqual([
      ['„', 'culprit'],
      ['“', 'culprit'],
      ['{{Prëis}}', 'problem'],
    ]);
  });

  it('cuts the text into plain and marked segments that join to the text', () => {
    const text = 'a {{price}} b';
    const parts = segments(text, fieldHighlights(parsePlaceholders(text), facts, false));
    expect(parts).toEqual([
      { text: 'a ', kind: null },
      { text: '{{price}}', kind: 'fact' },
      { text: ' b', kind: null },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
});

describe('closestKey', () => {
  it('suggests a fact key at most two edits away', () => {
    expect(closestKey('pric', ['price', 'hotline'])).toBe('price');
    expect(closestKey('delivery_tme', ['price', 'delivery_time'])).toBe('delivery_time');
    expect(closestKey('opening', ['price', 'hotline'])).toBeUndefined();
  });
});
