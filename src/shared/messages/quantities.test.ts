import { describe, expect, it } from 'vitest';
import { ContradictionFinder } from './contradictions';
import { extractQuantities, parseLocaleNumber } from './quantities';

const shapes = (text: string): [string, number | string][] =>
  extractQuantities(text).map((q) => [q.shape, q.shape === 'phone' ? (q.digits ?? '') : q.value]);

describe('parseLocaleNumber', () => {
  it('reads German and English notation', () => {
    expect(parseLocaleNumber('49,90')).toBe(49.9);
    expect(parseLocaleNumber('49.90')).toBe(49.9);
    expect(parseLocaleNumber('1.299,00')).toBe(1299);
    expect(parseLocaleNumber('1,299.00')).toBe(1299);
    expect(parseLocaleNumber('1.000')).toBe(1000);
    expect(parseLocaleNumber('2,5')).toBe(2.5);
    expect(parseLocaleNumber('49,–')).toBe(49);
    expect(parseLocaleNumber('abc')).toBeNull();
  });
});

describe('extractQuantities', () => {
  it('finds prices with the currency before or after', () => {
    expect(shapes('Nur 59,90 € statt EUR 79.90, oder $12')).toEqual([
      ['money:EUR', 59.9],
      ['money:EUR', 79.9],
      ['money:USD', 12],
    ]);
    expect(shapes('Jetzt 49,– Euro')).toEqual([['money:EUR', 49]]);
  });

  it('finds percentages, durations and ranges', () => {
    expect(shapes('20 % Rabatt, Lieferung in 2–3 Werktagen, 24h Service')).toEqual([
      ['percent', 20],
      ['duration:day', 2],
      ['duration:day', 3],
      ['duration:hour', 24],
    ]);
  });

  it('finds times of day and phone numbers', () => {
    expect(shapes('Mo–Fr 9–18 Uhr, Sa 10:00')).toEqual([
      ['time', 540],
      ['time', 1080],
      ['time', 600],
    ]);
    expect(shapes('Hotline 0800 123 456 oder +49 30 1234567.')).toEqual([
      ['phone', '0800123456'],
      ['phone', '0301234567'],
    ]);
  });

  it('ignores bare numbers, dates and words that merely contain a unit', () => {
    expect(shapes('3 Größen seit 1950, am 24.12. – 3 Tagesangebote')).toEqual([]);
  });
});

describe('ContradictionFinder', () => {
  const finder = new ContradictionFinder(
    new Map([
      ['price', '49,90 €'],
      ['shipping', '4,95 €'],
      ['delivery', '2–3 Werktage'],
      ['hotline', '0800 123 456'],
    ]),
  );
  const none: string[] = [];

  it('reports a typed price that differs from the fact', () => {
    expect(finder.find('Das Sofa für nur 59,90 €!', none)).toEqual([
      { factKey: 'price', expected: '49,90 €', found: '59,90 €', start: 17, end: 24 },
    ]);
  });

  it('accepts a typed value equal to a fact, in another notation', () => {
    expect(finder.find('Nur 49.90 EUR, Versand 4,95 €', none)).toEqual([]);
  });

  it('does not compare against a fact the text already uses', () => {
    expect(finder.find('{{price}} statt 69,90 €', ['price'])).toEqual([]);
  });

  it('ignores amounts far from every fact', () => {
    expect(finder.find('Gutschein über 500 €', none)).toEqual([]);
  });

  it('reports a different delivery time and a mistyped hotline', () => {
    expect(finder.find('In 5 Tagen bei Ihnen', none).map((c) => c.factKey)).toEqual(['delivery']);
    expect(finder.find('Ruf an: 0800 123 457', none).map((c) => [c.factKey, c.found])).toEqual([
      ['hotline', '0800 123 457'],
    ]);
    expect(finder.find('Ruf an: 030 987654', none)).toEqual([]);
  });
});
