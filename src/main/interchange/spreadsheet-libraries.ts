import type ExcelJSModule from 'exceljs';
import type PapaModule from 'papaparse';

/**
 * exceljs takes most of a second to load (and papaparse a little): they are
 * loaded when a spreadsheet is first read or written, not when the app starts.
 */
export type ExcelJS = typeof ExcelJSModule;
export type Papa = typeof PapaModule;

type Loaded<T> = T & { default?: T };

export async function loadExcelJS(): Promise<ExcelJS> {
  const loaded = (await import('exceljs')) as unknown as Loaded<ExcelJS>;
  return loaded.default ?? loaded;
}

export async function loadPapa(): Promise<Papa> {
  const loaded = (await import('papaparse')) as unknown as Loaded<Papa>;
  return loaded.default ?? loaded;
}
