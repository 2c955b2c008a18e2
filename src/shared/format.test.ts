import { describe, expect, it } from 'vitest';
import { createFormatter, formatLanguage } from './format';

const de = createFormatter('de');
const en = createFormatter('en');
const NBSP = '\u00a0';

describe('formatting in the interface language', () => {
  it('writes numbers with the decimal comma in German and a real minus sign', () => {
    expect(de.number(0.67)).toBe('0,67');
    expect(en.number(0.67)).toBe('0.67');
    expect(de.number(-0.33)).toBe('\u22120,33');
    expect(en.number(-0.33)).toBe('\u22120.33');
    expect(de.number(12345.678)).toBe('12.345,68');
    expect(en.number(12345.678)).toBe('12,345.68');
    expect(de.number(2.5, { maxFractionDigits: 0 })).toBe('3');
    expect(de.number(Number.NaN)).toBe('–');
  });

  it('shows the sign of scores around zero', () => {
    expect(de.signed(0.67)).toBe('+0,67');
    expect(de.signed(-0.33)).toBe('\u22120,33');
    expect(de.signed(0)).toBe('0');
    expect(en.signed(2)).toBe('+2');
    expect(en.signed(-1)).toBe('\u22121');
  });

  it('writes percentages the way each language does', () => {
    expect(de.percent(0.674)).toBe(`67${NBSP}%`);
    expect(en.percent(0.674)).toBe('67%');
    expect(de.percent(0.125, { maxFractionDigits: 1 })).toBe(`12,5${NBSP}%`);
  });

  it('writes dates and times in the interface language', () => {
    const at = Date.UTC(2026, 2, 12, 13, 5);
    expect(de.date(at, 'long', 'UTC')).toBe('12. März 2026');
    expect(en.date(at, 'long', 'UTC')).toBe('March 12, 2026');
    expect(de.date(at, 'medium', 'UTC')).toBe('12.03.2026');
    expect(de.day(at, 'UTC')).toBe('12. März');
    expect(en.day(at, 'UTC')).toBe('Mar 12');
    expect(de.date('not a date')).toBe('–');
    expect(de.time(new Date(2026, 2, 12, 14, 5))).toBe('14:05');
    expect(de.dateTime(new Date(2026, 2, 12, 14, 5))).toBe('12.03.2026, 14:05');
  });

  it('says how long ago in words, in the largest whole unit', () => {
    const now = Date.UTC(2026, 2, 12, 12, 0);
    const day = 24 * 3600 * 1000;
    expect(de.relative(now - 3 * day, now)).toBe('vor 3 Tagen');
    expect(en.relative(now - 3 * day, now)).toBe('3 days ago');
    expect(de.relative(now - day, now)).toBe('gestern');
    expect(de.relative(now - 10 * 1000, now)).toBe('jetzt');
    expect(de.relative(now + 5 * 60 * 1000, now)).toBe('in 5 Minuten');
    expect(en.relative(now - 1 * 60 * 1000, now)).toBe('1 minute ago');
    expect(de.relative(now - 15 * day, now)).toBe('vor 2 Wochen');
  });

  it('names calendar weeks the German way and leaves English ISO weeks alone', () => {
    expect(de.week('2026-W49')).toBe(`KW${NBSP}49/2026`);
    expect(de.week('2027-W03')).toBe(`KW${NBSP}3/2027`);
    expect(en.week('2026-W49')).toBe('2026-W49');
    expect(de.week('week 49')).toBe('week 49');
  });

  it('quotes in German with „…“ and in English with “…”', () => {
    expect(de.quote('Angebot')).toBe('\u201EAngebot\u201C');
    expect(en.quote('offer')).toBe('\u201Coffer\u201D');
  });

  it('lists items with the language’s conjunction', () => {
    expect(de.list(['A', 'B', 'C'])).toBe('A, B und C');
    expect(en.list(['A', 'B', 'C'])).toBe('A, B, and C');
  });

  it('reads the language from a language tag', () => {
    expect(formatLanguage('de-AT')).toBe('de');
    expect(formatLanguage('en-GB')).toBe('en');
    expect(formatLanguage('fr')).toBe('en');
  });
});
