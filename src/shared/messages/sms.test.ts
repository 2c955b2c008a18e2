import { describe, expect, it } from 'vitest';
import { countSms, findUnicodeCulprits, GSM7_BASIC, GSM7_EXTENSION, isGsm7, smsUnicodeCost } from './sms';

const a = (n: number): string => 'a'.repeat(n);

describe('GSM-7 charset', () => {
  it('has the 127 basic characters (128 minus escape) and the 10 extension characters', () => {
    expect([...GSM7_BASIC].length).toBe(127);
    expect(new Set(GSM7_BASIC).size).toBe(127);
    expect([...GSM7_EXTENSION].length).toBe(10);
  });

  it('knows German letters and rejects curly quotes', () => {
    expect(isGsm7('Grüße aus Köln, Straße 5 – nein')).toBe(false);
    expect(isGsm7('Grüße aus Köln, Straße 5 - ja')).toBe(true);
    expect(isGsm7('“Hallo”')).toBe(false);
  });
});

describe('countSms, GSM-7', () => {
  it('counts zero segments for an empty text', () => {
    expect(countSms('')).toEqual({ encoding: 'gsm7', units: 0, segments: 0, unitsPerSegment: 160, remaining: 160 });
  });

  it('fits 160 characters in one segment and splits at 161', () => {
    expect(countSms(a(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1, unitsPerSegment: 160, remaining: 0 });
    expect(countSms(a(161))).toEqual({
      encoding: 'gsm7',
      units: 161,
      segments: 2,
      unitsPerSegment: 153,
      remaining: 145,
    });
  });

  it('uses 153 per part: 306 is two segments, 307 three', () => {
    expect(countSms(a(306)).segments).toBe(2);
    expect(countSms(a(307)).segments).toBe(3);
    expect(countSms(a(459)).segments).toBe(3);
    expect(countSms(a(460)).segments).toBe(4);
  });

  it('counts extension characters double', () => {
    expect(countSms('€').units).toBe(2);
    expect(countSms('^{}\\[~]|€').units).toBe(18);
    expect(countSms(a(158) + '€')).toMatchObject({ units: 160, segments: 1 });
    expect(countSms(a(159) + '€')).toMatchObject({ encoding: 'gsm7', units: 161, segments: 2 });
  });

  it('never splits an escape sequence across parts', () => {
    // 152 septets, then € (2) would straddle the 153 boundary: it moves to part two.
    const r = countSms(a(152) + '€' + a(152));
    expect(r.units).toBe(306);
    expect(r.segments).toBe(3);
    expect(countSms(a(151) + '€' + a(153))).toMatchObject({ units: 306, segments: 2, remaining: 0 });
  });
});

describe('countSms, UCS-2', () => {
  it('fits 70 code units in one segment and splits at 71', () => {
    expect(countSms('ä' + 'ж' + a(68))).toEqual({
      encoding: 'ucs2',
      units: 70,
      segments: 1,
      unitsPerSegment: 70,
      remaining: 0,
    });
    expect(countSms('ж' + a(70))).toEqual({
      encoding: 'ucs2',
      units: 71,
      segments: 2,
      unitsPerSegment: 67,
      remaining: 63,
    });
  });

  it('uses 67 per part: 134 is two segments, 135 three', () => {
    expect(countSms('ж' + a(133)).segments).toBe(2);
    expect(countSms('ж' + a(134)).segments).toBe(3);
  });

  it('counts an emoji as two code units and keeps the pair in one part', () => {
    expect(countSms('😀')).toMatchObject({ encoding: 'ucs2', units: 2, segments: 1 });
    expect(countSms(a(68) + '😀').segments).toBe(1);
    expect(countSms(a(69) + '😀').segments).toBe(2);
    // 66 units, then a pair that would straddle 67: part two starts with it.
    expect(countSms(a(66) + '😀' + a(66)).segments).toBe(3);
    expect(countSms(a(65) + '😀' + a(67)).segments).toBe(2);
  });

  it('switches the whole text to UCS-2 for one curly quote', () => {
    expect(countSms(a(100)).segments).toBe(1);
    expect(countSms(a(100) + '’')).toMatchObject({ encoding: 'ucs2', segments: 2 });
  });
});

describe('Unicode culprits', () => {
  it('finds curly quotes with positions and straight replacements', () => {
    expect(findUnicodeCulprits('Sag „Hallo“ – ok…')).toEqual([
      { start: 4, end: 5, text: '„', replacement: '"' },
      { start: 10, end: 11, text: '“', replacement: '"' },
      { start: 12, end: 13, text: '–', replacement: '-' },
      { start: 16, end: 17, text: '…', replacement: '...' },
    ]);
  });

  it('keeps an emoji with skin tone or joiners together, without replacement', () => {
    expect(findUnicodeCulprits('Hi 👍🏽!')).toEqual([{ start: 3, end: 7, text: '👍🏽', replacement: null }]);
    expect(findUnicodeCulprits('👩‍💻')).toEqual([{ start: 0, end: 5, text: '👩‍💻', replacement: null }]);
    expect(findUnicodeCulprits('🇩🇪')).toHaveLength(1);
  });

  it('computes what curly quotes cost in segments', () => {
    const text = `${a(120)} “Sale”`;
    const cost = smsUnicodeCost(text);
    expect(cost.count).toMatchObject({ encoding: 'ucs2', units: 127, segments: 2 });
    expect(cost.replaced).toBe(`${a(120)} "Sale"`);
    expect(cost.afterReplacement).toMatchObject({ encoding: 'gsm7', units: 127, segments: 1 });
    expect(cost.savedByReplacement).toBe(1);
  });

  it('computes the best case without an emoji that has no replacement', () => {
    const cost = smsUnicodeCost(`${a(100)} 🎉`);
    expect(cost.afterReplacement.segments).toBe(2);
    expect(cost.withoutCulprits).toMatchObject({ encoding: 'gsm7', units: 101, segments: 1 });
    expect(cost.savedByReplacement).toBe(0);
    expect(cost.savedWithoutCulprits).toBe(1);
  });

  it('reports nothing for a GSM-7 text', () => {
    const cost = smsUnicodeCost('Alles gut: 49,90 €');
    expect(cost.culprits).toEqual([]);
    expect(cost.savedWithoutCulprits).toBe(0);
  });
});
