import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, separatorFor, toCsv } from './csv';

/** A small RFC 4180 reader, to check that what toCsv writes reads back as the same cells. */
function parse(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += ch;
    }
  }
  return rows;
}

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
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const text = toCsv(['a', 'b'], [[1, 2]], ',');
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe(`${CSV_BOM}a,b\r\n1,2\r\n`);
  });

  it('reads back as the same cells with either separator', () => {
    const header = ['Stufe', 'Kanal', 'Abteilungen'];
    const rows = [
      ['Kauf; vor Ort', 'Filiale, Innenstadt', 'Vertrieb "Nord"\nund Süd'],
      ['Bindung', '', 3],
    ];
    for (const sep of [',', ';'] as const) {
      const text = toCsv(header, rows, sep);
      expect(parse(text.slice(1), sep)).toEqual([header, rows[0], ['Bindung', '', '3']]);
    }
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['x'], [], ';')).toBe(`${CSV_BOM}x\r\n`);
  });
});

describe('separatorFor', () => {
  it('uses a semicolon where the decimal separator is a comma, as Excel does', () => {
    expect(separatorFor('de-DE')).toBe(';');
    expect(separatorFor('de')).toBe(';');
    expect(separatorFor('fr-FR')).toBe(';');
    expect(separatorFor('en-GB')).toBe(',');
    expect(separatorFor('en-US')).toBe(',');
  });

  it('falls back to a comma for a tag it cannot read', () => {
    expect(separatorFor('not a locale!')).toBe(',');
  });
});
