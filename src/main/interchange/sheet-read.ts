import type ExcelJSTypes from 'exceljs';
import { loadExcelJS, loadPapa, type ExcelJS, type Papa } from './spreadsheet-libraries';
import type { SheetCell, SheetTable } from '../../shared/interchange/sheet-rows';
import { MAX_SHEET_BYTES, MAX_SHEET_ROWS, type SheetFileProblem } from '../../shared/interchange/sheet-preview';

/**
 * Spreadsheets read on the desktop side: .xlsx with exceljs, .csv with
 * papaparse. Formulas are never run — a formula cell gives its saved result,
 * marked as such; merged cells give their value to every cell they cover. A
 * file that is password-protected, damaged, not a spreadsheet or too large is
 * refused with the reason before any row is looked at.
 */

export interface SheetBook {
  sheets: string[];
  table(name: string | undefined): SheetTable | SheetFileProblem;
}

export type SheetRead = { ok: true; book: SheetBook } | { ok: false; problem: SheetFileProblem };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an encrypted (password-protected) .xlsx, or an old .xls. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

export async function readSpreadsheet(fileName: string, bytes: Buffer): Promise<SheetRead> {
  if (bytes.length > MAX_SHEET_BYTES) return { ok: false, problem: 'too_large' };
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (startsWith(bytes, OLE)) return { ok: false, problem: 'protected' };
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (/\.xlsx?$/i.test(fileName)) return { ok: false, problem: 'damaged' };
  return readCsv(await loadPapa(), fileName, bytes);
}

async function readXlsx(bytes: Buffer): Promise<SheetRead> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const sheets = workbook.worksheets.filter((ws) => ws.state === 'visible');
  if (sheets.length === 0) return { ok: false, problem: 'empty' };
  return {
    ok: true,
    book: {
      sheets: sheets.map((ws) => ws.name),
      table(name) {
        const ws = sheets.find((s) => s.name === name) ?? sheets[0]!;
        if (ws.rowCount > MAX_SHEET_ROWS + 1) return 'too_many_rows';
        return worksheetTable(ExcelJS, ws);
      },
    },
  };
}

function worksheetTable(ExcelJS: ExcelJS, ws: ExcelJSTypes.Worksheet): SheetTable | SheetFileProblem {
  const rows: { number: number; cells: SheetCell[] }[] = [];
  const merged = new Set<string>();
  let headers: string[] | null = null;
  ws.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      let source = cell;
      if (cell.type === ExcelJS.ValueType.Merge) {
        source = cell.master;
        merged.add(cell.master.address);
      }
      cells[column - 1] = cellOf(source.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= { text: '' };
    if (headers === null) {
      if (cells.some((c) => c.text.trim() !== '')) headers = cells.map((c) => c.text.trim());
      return;
    }
    rows.push({ number, cells });
  });
  if (headers === null) return 'empty';
  return { name: ws.name, headers, rows, merged: [...merged].slice(0, 5) };
}

function cellOf(value: ExcelJSTypes.CellValue): SheetCell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('error' in value) return { text: String(value.error), kind: 'error' };
  if ('formula' in value || 'sharedFormula' in value) {
    // Never evaluated: what the file saved as the result is all that is read.
    const result = value.result;
    if (result !== null && typeof result === 'object' && 'error' in result)
      return { text: String(result.error), kind: 'error' };
    return {
      text: result === undefined || result === null ? '' : cellOf(result as ExcelJSTypes.CellValue).text,
      kind: 'formula',
    };
  }
  if ('hyperlink' in value) return { text: typeof value.text === 'string' ? value.text : cellOf(value.text).text };
  return { text: '' };
}

function decode(bytes: Buffer): string | null {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return null; // binary, not text
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Excel on Windows saves "CSV" in the ANSI code page.
    return new TextDecoder('windows-1252').decode(body);
  }
}

function readCsv(Papa: Papa, fileName: string, bytes: Buffer): SheetRead {
  const text = decode(bytes);
  if (text === null) return { ok: false, problem: 'not_spreadsheet' };
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  if (parsed.errors.some((e) => e.type === 'Quotes')) return { ok: false, problem: 'damaged' };
  const data = parsed.data;
  // A file that ends with a line break reads as one more, empty row.
  const last = data.at(-1);
  if (last && last.length === 1 && last[0] === '') data.pop();
  const name = fileName.replace(/\.[^.]*$/, '') || 'CSV';
  const headerAt = data.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  if (headerAt < 0) return { ok: false, problem: 'empty' };
  if (data.length - headerAt - 1 > MAX_SHEET_ROWS) return { ok: false, problem: 'too_many_rows' };
  const table: SheetTable = {
    name,
    headers: data[headerAt]!.map((h) => h.trim()),
    rows: data
      .slice(headerAt + 1)
      .map((cells, i) => ({ number: headerAt + i + 2, cells: cells.map((text) => ({ text })) })),
    merged: [],
  };
  return { ok: true, book: { sheets: [name], table: () => table } };
}
