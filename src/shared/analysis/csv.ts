/**
 * CSV for spreadsheets (RFC 4180 quoting), made to open correctly when the
 * file is double-clicked in Excel:
 *
 * - A UTF-8 byte order mark comes first. Without it Excel reads the file in
 *   the system's ANSI code page and "Kundenbedürfnis" turns into mojibake.
 * - The separator follows the reader's locale, exactly as Excel does: Excel
 *   splits on the Windows "list separator", which is a semicolon wherever the
 *   decimal separator is a comma (German, French, …) and a comma elsewhere
 *   (English). A fixed comma would put every German row into column A; a fixed
 *   semicolon would do the same to English readers. `sep=;` as a first line is
 *   not used: Excel then ignores the BOM and the umlauts break again.
 * - Lines end in CRLF, as RFC 4180 and Excel expect; a field containing the
 *   separator, a quote, CR or LF is quoted and its quotes doubled. A field is
 *   quoted whatever separator it contains, so a file stays readable when it is
 *   re-opened with the other separator.
 * - A field starting with = + - @ (or a tab/CR) would run as a formula in
 *   Excel — touchpoint titles are user text, so such a field gets a leading
 *   apostrophe (OWASP "CSV injection"). Numbers are written as numbers.
 */

export type CsvSeparator = ',' | ';';
export type CsvValue = string | number | null | undefined;

export const CSV_BOM = '\uFEFF';
const NEEDS_QUOTES = /[",;\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** ';' for locales whose decimal separator is a comma (de-DE, de-AT, fr-FR …), ',' otherwise. */
export function separatorFor(locale: string): CsvSeparator {
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? ';' : ',';
  } catch {
    // An invalid locale tag: fall back to the RFC's comma.
    return ',';
  }
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: BOM, header row, data rows, each line ended by CRLF. */
export function toCsv(
  header: readonly CsvValue[],
  rows: readonly (readonly CsvValue[])[],
  separator: CsvSeparator,
): string {
  const line = (cells: readonly CsvValue[]): string => cells.map(csvField).join(separator);
  let out = CSV_BOM + line(header) + '\r\n';
  for (const row of rows) out += line(row) + '\r\n';
  return out;
}
