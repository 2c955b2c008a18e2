import { parse } from 'csv-parse/sync';

export type ExcelCell = string | number;

interface ExcelLocale {
  /** Windows' list separator for the region, which Excel splits a double-clicked .csv on. */
  separator: string;
  decimal: string;
  thousands: string;
}

const LOCALES = {
  'de-DE': { separator: ';', decimal: ',', thousands: '.' },
  'en-US': { separator: ',', decimal: '.', thousands: ',' },
} as const satisfies Record<string, ExcelLocale>;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function cell(text: string, locale: ExcelLocale): ExcelCell {
  // A leading apostrophe is Excel's "this is text" mark; it is not shown.
  if (text.startsWith("'")) return text.slice(1);
  const esc = (s: string) => s.replace(/[.]/g, '\\.');
  const number = new RegExp(`^-?(\\d{1,3}(${esc(locale.thousands)}\\d{3})+|\\d+)(${esc(locale.decimal)}\\d+)?$`);
  if (!number.test(text)) return text;
  return Number(text.split(locale.thousands).join('').replace(locale.decimal, '.'));
}

/**
 * Reads a CSV file the way Excel does when it is double-clicked on a Windows
 * in the given region: UTF-8 only when the file starts with a byte order mark
 * (otherwise the ANSI code page, so umlauts turn into two odd characters),
 * fields split on the region's list separator, and a cell that reads as a
 * number in the region's notation becomes a number.
 */
export function readLikeExcel(bytes: Uint8Array, region: keyof typeof LOCALES): ExcelCell[][] {
  const locale = LOCALES[region];
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const text = hasBom
    ? new TextDecoder('utf-8').decode(bytes.subarray(UTF8_BOM.length))
    : new TextDecoder('windows-1252').decode(bytes);
  const rows: string[][] = parse(text, { delimiter: locale.separator, relax_column_count: true });
  return rows.map((row) => row.map((field) => cell(field, locale)));
}
