/**
 * CSV for spreadsheets (RFC 4180 quoting), made to open correctly when the
 * file is double-clicked in Excel:
 *
 * - A UTF-8 byte order mark comes first. Without it Excel reads the file in
 *   the system's ANSI code page and "Kundenbedürfnis" turns into mojibake.
 * - Two dialects, as Excel reads them: German (semicolon between fields,
 *   decimal comma — the list separator of every locale whose decimal separator
 *   is a comma) and English (comma, decimal point). The file follows the app's
 *   language, not the browser's, and the export menu offers the other one for a
 *   German team on an English Excel or the other way round. `sep=;` as a first
 *   line is not used: Excel then ignores the BOM and the umlauts break again.
 * - Lines end in CRLF, as RFC 4180 and Excel expect; a field containing either
 *   separator, a quote, CR or LF is quoted and its quotes doubled, so a file
 *   stays readable when it is re-opened with the other dialect.
 * - A field starting with = + - @ (or a tab/CR) would run as a formula in
 *   Excel — touchpoint titles are user text, so such a field gets a leading
 *   apostrophe (OWASP "CSV injection"). Numbers are written as numbers, with
 *   the dialect's decimal separator, no grouping and a plain minus, so Excel
 *   reads them as numbers.
 */

export type CsvSeparator = ',' | ';';
export type CsvValue = string | number | null | undefined;

export type CsvDialectName = 'de' | 'en';

export interface CsvDialect {
  separator: CsvSeparator;
  decimal: ',' | '.';
}

export const CSV_DIALECTS: Readonly<Record<CsvDialectName, CsvDialect>> = {
  de: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

export const CSV_BOM = '\uFEFF';
const NEEDS_QUOTES = /[",;\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue, dialect: CsvDialect = CSV_DIALECTS.en): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // Up to four decimals, trailing zeros dropped: 0.5 → "0,5", 2 → "2".
    const text = String(Math.round(value * 10_000) / 10_000);
    return dialect.decimal === ',' ? text.replace('.', ',') : text;
  }
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: BOM, header row, data rows, each line ended by CRLF. */
export function toCsv(
  header: readonly CsvValue[],
  rows: readonly (readonly CsvValue[])[],
  dialect: CsvDialect,
): string {
  const line = (cells: readonly CsvValue[]): string =>
    cells.map((cell) => csvField(cell, dialect)).join(dialect.separator);
  let out = CSV_BOM + line(header) + '\r\n';
  for (const row of rows) out += line(row) + '\r\n';
  return out;
}
