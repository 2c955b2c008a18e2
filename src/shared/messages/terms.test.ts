import { describe, expect, it } from 'vitest';
import { compareStamps, consistencyScore } from './findings';
import { TermMatcher } from './terms';
import { factUsages } from './usage';

describe('TermMatcher', () => {
  const m = new TermMatcher(['Rabatt', 'billig', ' Black Friday ', 'rabatt', '']);

  it('deduplicates and trims the list', () => {
    expect(m.terms).toEqual(['Rabatt', 'billig', 'Black Friday']);
  });

  it('finds whole words case-insensitively, with the listed spelling', () => {
    expect(m.find('RABATT! Black friday: billig.')).toEqual([
      { term: 'Rabatt', start: 0, end: 6 },
      { term: 'Black Friday', start: 8, end: 20 },
      { term: 'billig', start: 22, end: 28 },
    ]);
  });

  it('does not match inside words, also next to umlauts', () => {
    expect(m.find('Rabattaktion, Sonderrabatt, billiger, übillig')).toEqual([]);
  });

  it('lists missing required terms', () => {
    const req = new TermMatcher(['Möbelhaus Nord', '®']);
    expect(req.missing(['Ihr möbelhaus nord', 'Marke®'])).toEqual([]);
    expect(req.missing(['Ihr Möbelhaus'])).toEqual(['Möbelhaus Nord', '®']);
  });
});

describe('consistencyScore', () => {
  it('is 100 without findings and falls with weighted findings per variant', () => {
    expect(consistencyScore([], 10)).toBe(100);
    expect(consistencyScore([{ severity: 'error' }], 10)).toBe(90);
    // A note asks for no action and costs nothing (#12 defect 12).
    expect(consistencyScore([{ severity: 'warning' }, { severity: 'info' }], 10)).toBe(95);
    expect(consistencyScore([{ severity: 'info' }, { severity: 'info' }], 1)).toBe(100);
    expect(consistencyScore([{ severity: 'error' }, { severity: 'error' }], 1)).toBe(0);
    expect(consistencyScore([{ severity: 'error' }], 0)).toBe(0);
  });
});

describe('compareStamps', () => {
  const node = '0123456789abcdef';
  it('orders clock stamps and ISO date-times by time', () => {
    expect(compareStamps(`2026-01-02T10:00:00.000Z-0000-${node}`, '2026-01-01T10:00:00.000Z')).toBe(1);
    expect(compareStamps('2026-01-01T10:00:00Z', `2026-01-01T10:00:00.001Z-0000-${node}`)).toBe(-1);
    expect(compareStamps(`2026-01-01T10:00:00.000Z-0002-${node}`, `2026-01-01T10:00:00.000Z-0001-${node}`)).toBe(1);
    expect(compareStamps('2026-01-01T10:00:00.000Z', `2026-01-01T10:00:00.000Z-0001-${node}`)).toBe(0);
    expect(compareStamps('yesterday', '2026-01-01T10:00:00.000Z')).toBe(0);
  });
});

describe('factUsages', () => {
  it('lists every field that uses the fact', () => {
    const messages = [
      { id: 'm1', headline: '{{price}}', body: 'x', cta: '' },
      { id: 'm2', headline: '', body: '{{pricey}}', cta: '' },
    ];
    const variants = [
      { id: 'v1', message_id: 'm1', body: '{{price}} und {{ price }}' },
      { id: 'v2', message_id: 'm1', body: '{{price}}', tombstone: true },
    ];
    expect(factUsages('price', messages, variants)).toEqual([
      { messageId: 'm1', field: 'headline', count: 1 },
      { messageId: 'm1', variantId: 'v1', field: 'body', count: 2 },
    ]);
    expect(factUsages('hotline', messages, variants)).toEqual([]);
  });
});

describe('TermMatcher boundaries', () => {
  it('falls back to a shorter term where the longer one runs into a word', () => {
    const m = new TermMatcher(['Black', 'Black Friday']);
    expect(m.find('Black Fridays')).toEqual([{ term: 'Black', start: 0, end: 5 }]);
    expect(m.find('Black Friday!')).toEqual([{ term: 'Black Friday', start: 0, end: 12 }]);
  });

  it('finds a term right after a failed candidate', () => {
    expect(new TermMatcher(['gratis']).find('Gratisprobe und gratis')).toEqual([
      { term: 'gratis', start: 16, end: 22 },
    ]);
  });

  it('checks boundaries against letters outside the Basic Multilingual Plane', () => {
    expect(new TermMatcher(['sale']).find('𝐀sale sale')).toEqual([{ term: 'sale', start: 7, end: 11 }]);
  });
});
