import { describe, expect, it } from 'vitest';
import { createI18n } from '.';

/** Counts in sentences: plural rules and number formats of the sentence's language, through i18next. */
const i18n = createI18n('de');
const de = i18n.getFixedT('de');
const en = i18n.getFixedT('en');

describe('counts in sentences', () => {
  it('picks the plural form by the count, in both languages', () => {
    expect(de('map.legend.count', { count: 1 })).toBe('1 Kontaktpunkt');
    expect(de('map.legend.count', { count: 2 })).toBe('2 Kontaktpunkte');
    expect(en('map.legend.count', { count: 1 })).toBe('1 touchpoint');
    expect(en('map.legend.count', { count: 0 })).toBe('0 touchpoints');
  });

  it('writes every interpolated number in the sentence’s language', () => {
    expect(de('map.legend.count', { count: 1234 })).toBe('1.234 Kontaktpunkte');
    expect(en('map.legend.count', { count: 1234 })).toBe('1,234 touchpoints');
    expect(de('coverage.verdict.score', { score: 67 })).toBe('67 von 100');
  });

  it('never says "alle 1 Tage" or "every 1 days"', () => {
    expect(de('journeyMeta.review.overdue', { count: 1 })).toBe(
      'Prüfung fällig: Dieser Arbeitsbereich sieht eine tägliche Prüfung vor.',
    );
    expect(de('journeyMeta.review.overdue', { count: 90 })).toBe(
      'Prüfung fällig: Dieser Arbeitsbereich sieht alle 90 Tage eine Prüfung vor.',
    );
    expect(en('journeyMeta.review.overdue', { count: 1 })).toBe(
      'Review overdue: this workspace asks for a review every day.',
    );
  });
});
