import { describe, expect, it } from 'vitest';
import { SOFT_HYPHEN, softHyphenate, syllables, wordBreaks } from './hyphenation';

const shown = (text: string, language: 'de' | 'en' = 'de') =>
  softHyphenate(text, language).split(SOFT_HYPHEN).join('-');

describe('hyphenation from the TeX patterns', () => {
  it('breaks long German compounds at their true syllable boundaries', () => {
    // The words the hand-made rules got wrong (Ter-mi-ne-rin-ne-rung, Zah-lung-sein-gang, ges-pei-cherte,
    // Ver-trag-sa-b-schluss, Zufriedenheitsumfr-age).
    const expected: Record<string, string> = {
      Terminerinnerung: 'Ter-min-er-in-ne-rung',
      Zahlungseingang: 'Zah-lungs-ein-gang',
      gespeicherte: 'ge-spei-cher-te',
      Vertragsabschluss: 'Ver-trags-ab-schluss',
      Zufriedenheitsumfrage: 'Zu-frie-den-heits-um-fra-ge',
      Gewährleistungsanspruchsprüfung: 'Ge-währ-leis-tungs-an-spruchs-prü-fung',
      Kundenzufriedenheitsbefragung: 'Kun-den-zu-frie-den-heits-be-fra-gung',
      // Fewer breaks than a dictionary would allow, but none wrong.
      Rückerstattungsanfrage: 'Rück-erstat-tungs-an-fra-ge',
      Versandbestätigung: 'Ver-sand-be-stä-ti-gung',
      Lieferverzögerung: 'Lie-fer-ver-zö-ge-rung',
      Beschwerdemanagement: 'Be-schwer-de-ma-nage-ment',
      Kundenreisekarte: 'Kun-den-rei-se-kar-te',
      Wiederverkäufer: 'Wie-der-ver-käu-fer',
      Schaufensterdekoration: 'Schau-fens-ter-de-ko-ra-ti-on',
      Öffnungszeiten: 'Öff-nungs-zei-ten',
      Bestellbestätigung: 'Be-stell-be-stä-ti-gung',
    };
    const actual = Object.fromEntries(Object.keys(expected).map((w) => [w, syllables(w, 'de')]));
    expect(actual).toEqual(expected);
  });

  it('breaks English words with the English patterns', () => {
    expect(syllables('notification', 'en')).toBe('no-ti-fi-ca-tion');
    expect(syllables('questionnaire', 'en')).toBe('ques-tion-naire');
  });

  it('breaks after a compound’s own hyphen without adding another', () => {
    expect(syllables('Push-Benachrichtigung', 'de')).toBe('Push-Be-nach-rich-ti-gung');
    expect(wordBreaks('E-Mail-Newsletter', 'de').filter((b) => !b.hyphen)).toEqual([
      { at: 2, hyphen: false },
      { at: 7, hyphen: false },
    ]);
  });

  it('leaves no one-letter piece', () => {
    for (const word of ['Warenkorbabbrecher', 'Abendessen', 'Überall', 'Aufenthaltsorte']) {
      const pieces = syllables(word, 'de').split('-');
      expect(pieces.join('')).toBe(word);
      for (const p of pieces) expect(p.length, `${word}: ${pieces.join('-')}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('puts soft hyphens only into long words and leaves codes, links and short words alone', () => {
    expect(softHyphenate('Newsletter mit Rabatt', 'de')).toBe(`News${SOFT_HYPHEN}let${SOFT_HYPHEN}ter mit Rabatt`);
    expect(softHyphenate('Code RABATT2030 auf example.com/fahrraeder', 'de')).toBe(
      'Code RABATT2030 auf example.com/fahrraeder',
    );
    expect(softHyphenate('{{lieferzeit}} anfragen@example.com', 'de')).toBe('{{lieferzeit}} anfragen@example.com');
    expect(shown('Lastenfahrräder, unverständlich!')).toBe('Las-ten-fahr-rä-der, un-ver-ständ-lich!');
    expect(shown('E-Mail-Newsletter')).toBe('E-Mail-News-let-ter');
    expect(shown('Zahlungseingang prüfen')).toBe('Zah-lungs-ein-gang prüfen');
  });

  it('changes nothing but the break marks', () => {
    const text = 'Terminerinnerung per SMS, danach Zufriedenheitsumfrage (Vertragsabschluss) – „gespeicherte“ Daten.';
    expect(softHyphenate(text, 'de').split(SOFT_HYPHEN).join('')).toBe(text);
  });

  it('does not break a word the patterns cannot break', () => {
    expect(wordBreaks('Brrrrrrrrrrrrrrrr', 'de')).toEqual([]);
    expect(softHyphenate('Brrrrrrrrrrrrrrrr', 'de')).toBe('Brrrrrrrrrrrrrrrr');
  });
});
