import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_DIALECTS, csvField, toCsv } from './csv';

/** Reads back with a maintained RFC 4180 parser, to check that what toCsv writes is the same cells. */
const parse = (text: string, sep: string): string[][] => parseCsv(text, { delimiter: sep });

describe('csvField', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('Website')).toBe('Website');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes separators, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it('keeps umlauts and other non-ASCII text as it is', () => {
    expect(csvField('Kundendienstleistungsabteilung für Rückfragen')).toBe(
      'Kundendienstleistungsabteilung für Rückfragen',
    );
  });

  it('defuses text that Excel would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+49 30 1234')).toBe("'+49 30 1234");
    expect(csvField('@mention')).toBe("'@mention");
    expect(csvField(-3)).toBe('-3');
  });

  it('writes numbers with the dialect’s decimal separator, without grouping, with a plain minus', () => {
    expect(csvField(-0.5, CSV_DIALECTS.de)).toBe('-0,5');
    expect(csvField(0.666666, CSV_DIALECTS.de)).toBe('0,6667');
    expect(csvField(1234.5, CSV_DIALECTS.de)).toBe('1234,5');
    expect(csvField(1234.5, CSV_DIALECTS.en)).toBe('1234.5');
    expect(csvField(2, CSV_DIALECTS.de)).toBe('2');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const text = toCsv(['a', 'b'], [[1, 2.5]], CSV_DIALECTS.en);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe(`${CSV_BOM}a,b\r\n1,2.5\r\n`);
    expect(toCsv(['a', 'b'], [[1, 2.5]], CSV_DIALECTS.de)).toBe(`${CSV_BOM}a;b\r\n1;2,5\r\n`);
  });

  it('reads back as the same cells with either separator', () => {
    const header = ['Stufe', 'Kanal', 'Abteilungen'];
    const rows = [
      ['Kauf; vor Ort', 'Filiale, Innenstadt', 'Vertrieb "Nord"\nund Süd'],
      ['Bindung', '', 3],
    ];
    for (const dialect of [CSV_DIALECTS.de, CSV_DIALECTS.en]) {
      const text = toCsv(header, rows, dialect);
      expect(parse(text.slice(1), dialect.separator)).toEqual([header, rows[0], ['Bindung', '', '3']]);
    }
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['x'], [], CSV_DIALECTS.de)).toBe(`${CSV_BOM}x\r\n`);
  });
});
