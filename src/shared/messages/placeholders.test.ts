import { describe, expect, it } from 'vitest';
import { factValues, parsePlaceholders, placeholderKeys, renderText } from './placeholders';

const facts = new Map([
  ['price', '49,90 €'],
  ['hotline', '0800 123 456'],
]);

describe('parsePlaceholders', () => {
  it('finds well-formed placeholders with their positions', () => {
    const p = parsePlaceholders('Nur {{price}} – Hotline {{hotline}}');
    expect(p.placeholders).toEqual([
      { key: 'price', start: 4, end: 13 },
      { key: 'hotline', start: 24, end: 35 },
    ]);
    expect(p.problems).toEqual([]);
  });

  it('tolerates spaces inside the braces', () => {
    expect(parsePlaceholders('{{ price }}').placeholders).toEqual([{ key: 'price', start: 0, end: 11 }]);
  });

  it('reports unbalanced and malformed braces with positions, never throwing', () => {
    expect(parsePlaceholders('ab {{price} jetzt').problems).toEqual([
      { kind: 'unclosed', start: 3, end: 11, key: 'price' },
    ]);
    expect(parsePlaceholders('ab {price}} jetzt').problems).toEqual([
      { kind: 'unopened', start: 3, end: 11, key: 'price' },
    ]);
    expect(parsePlaceholders('{price}').problems).toEqual([{ kind: 'single_braces', start: 0, end: 7, key: 'price' }]);
    expect(parsePlaceholders('x {{ }} y').problems).toEqual([{ kind: 'empty', start: 2, end: 7 }]);
    expect(parsePlaceholders('{{Price}}').problems).toEqual([{ kind: 'invalid_key', start: 0, end: 9 }]);
    expect(parsePlaceholders('{{first name}}').problems).toEqual([{ kind: 'invalid_key', start: 0, end: 14 }]);
    expect(parsePlaceholders('a } b').problems).toEqual([{ kind: 'stray_brace', start: 2, end: 3 }]);
    expect(parsePlaceholders('a { b').problems).toEqual([{ kind: 'stray_brace', start: 2, end: 3 }]);
    expect(parsePlaceholders('price}}').problems).toEqual([{ kind: 'unopened', start: 5, end: 7 }]);
  });

  it('marks only the key of an opener left open until the end of the line', () => {
    const p = parsePlaceholders('Preis {{price ab heute\n{{hotline}}');
    expect(p.problems).toEqual([{ kind: 'unclosed', start: 6, end: 13, key: 'price' }]);
    expect(p.placeholders).toEqual([{ key: 'hotline', start: 23, end: 34 }]);
  });

  it('recovers after an unclosed opener followed by a good placeholder', () => {
    const p = parsePlaceholders('{{price {{hotline}}');
    expect(p.problems).toEqual([{ kind: 'unclosed', start: 0, end: 7, key: 'price' }]);
    expect(p.placeholders).toEqual([{ key: 'hotline', start: 8, end: 19 }]);
  });

  it('takes the last two of three braces as the opener', () => {
    const p = parsePlaceholders('{{{price}}}');
    expect(p.placeholders).toEqual([{ key: 'price', start: 1, end: 10 }]);
    expect(p.problems).toEqual([
      { kind: 'stray_brace', start: 0, end: 1 },
      { kind: 'stray_brace', start: 10, end: 11 },
    ]);
  });

  it('survives arbitrary brace soup', () => {
    for (const text of ['{', '}', '{{', '}}', '{{{{', '}}}}', '{}{}{{}}}{', '{{\n}}', '{{a}}}}{{b']) {
      expect(() => parsePlaceholders(text)).not.toThrow();
    }
    expect(parsePlaceholders('{{').problems).toEqual([{ kind: 'unclosed', start: 0, end: 2 }]);
  });
});

describe('renderText', () => {
  it('fills placeholders with fact values', () => {
    const r = renderText('Nur {{price}}! Fragen? {{ hotline }}', facts);
    expect(r.text).toBe('Nur 49,90 €! Fragen? 0800 123 456');
    expect(r.unknown).toEqual([]);
  });

  it('leaves unknown placeholders as typed and reports them', () => {
    const r = renderText('{{price}} bis {{deadline}}', facts);
    expect(r.text).toBe('49,90 € bis {{deadline}}');
    expect(r.unknown).toEqual([{ key: 'deadline', start: 14, end: 26 }]);
  });

  it('leaves malformed braces untouched', () => {
    const r = renderText('{{price} und {{price}}', facts);
    expect(r.text).toBe('{{price} und 49,90 €');
    expect(r.problems).toHaveLength(1);
  });

  it('does not render fact values again', () => {
    expect(
      renderText(
        '{{a}}',
        new Map([
          ['a', '{{a}} {{b}}'],
          ['b', 'x'],
        ]),
      ).text,
    ).toBe('{{a}} {{b}}');
  });

  it('returns text without braces unchanged', () => {
    expect(renderText('Hallo Welt', facts).text).toBe('Hallo Welt');
  });
});

describe('placeholderKeys and factValues', () => {
  it('lists distinct keys in order', () => {
    expect(placeholderKeys('{{b}} {{a}} {{b}} {{Bad}}')).toEqual(['b', 'a']);
  });

  it('skips archived, deleted and invalid facts; the lower id wins a duplicate key', () => {
    const map = factValues([
      { id: 'f2', key: 'price', value: '2' },
      { id: 'f1', key: 'price', value: '1' },
      { id: 'f3', key: 'old', value: 'x', archived: true },
      { id: 'f4', key: 'gone', value: 'x', tombstone: true },
      { id: 'f5', key: 'Bad Key', value: 'x' },
    ]);
    expect([...map]).toEqual([['price', '1']]);
  });
});
