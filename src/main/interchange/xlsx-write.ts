import type ExcelJSTypes from 'exceljs';
import { loadExcelJS } from './spreadsheet-libraries';
import type { SheetSpec, SheetValue } from '../../shared/interchange/sheet-export';

/**
 * Workbooks written with exceljs. Text always goes in as text, never as a
 * formula; text that a spreadsheet would still take for one when it is
 * edited or saved as CSV (starting with =, +, -, @, a tab or a line break)
 * gets a leading apostrophe, as csv.ts does (OWASP "CSV injection"). The
 * import takes that apostrophe off again.
 */

const FORMULA_START = /^[=+\-@\t\r\n]/;
/** Excel refuses these in sheet names, and names longer than 31 characters. */
const BAD_SHEET_NAME = /[\\/?*[\]:]/g;

export function safeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cellValue(value: SheetValue): ExcelJSTypes.CellValue {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  return safeText(value);
}

export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(BAD_SHEET_NAME, ' ').trim().slice(0, 31) || 'Sheet';
  let out = base;
  for (let n = 2; taken.has(out.toLowerCase()); n += 1) out = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(out.toLowerCase());
  return out;
}

export async function writeWorkbook(sheets: readonly SheetSpec[], creator: string, now: Date): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.created = now;
  workbook.modified = now;
  const taken = new Set<string>();
  for (const spec of sheets) {
    const ws = workbook.addWorksheet(sheetName(spec.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({ header: safeText(c.header), width: c.width }));
    ws.getRow(1).font = { bold: true };
    for (const row of spec.rows) ws.addRow(row.map(cellValue));
    const rows = Math.max(spec.rows.length + 1, 200);
    if (spec.emotionColumn !== undefined) {
      const letter = ws.getColumn(spec.emotionColumn + 1).letter;
      for (let r = 2; r <= rows; r++)
        ws.getCell(`${letter}${r}`).dataValidation = {
          type: 'whole',
          operator: 'between',
          allowBlank: true,
          formulae: [-2, 2],
          showErrorMessage: true,
          errorTitle: 'Emotion',
          error: '−2 … +2',
        };
    }
    if (spec.listColumn) {
      const letter = ws.getColumn(spec.listColumn.column + 1).letter;
      // A suggestion list, not a rule: English names and kinds are accepted too.
      for (let r = 2; r <= rows; r++)
        ws.getCell(`${letter}${r}`).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [spec.listColumn.range],
          showErrorMessage: false,
        };
    }
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
