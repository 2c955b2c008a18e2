import type { CatalogueSummary } from './plan-catalogue';
import type { SheetField, SheetMapping } from './sheet-fields';
import type { RowProblem } from './sheet-rows';

/** What a spreadsheet import shows before it writes: the sheet, the mapping, the first rows and every row's problems. */

/** 10 MB: a sheet of 10,000 touchpoints with long texts is about 2 MB. */
export const MAX_SHEET_BYTES = 10 * 1024 * 1024;
export const MAX_SHEET_ROWS = 20_000;
/** Rows shown under the mapping. */
export const SAMPLE_ROWS = 8;
/** Problems listed (all are counted). */
export const LISTED_PROBLEMS = 300;

export const SHEET_FILE_PROBLEMS = [
  'too_large',
  'empty',
  'protected',
  'damaged',
  'not_spreadsheet',
  'too_many_rows',
] as const;
export type SheetFileProblem = (typeof SHEET_FILE_PROBLEMS)[number];

export interface SheetPreview {
  /** The file cannot be read at all; nothing else is set then. */
  problem: SheetFileProblem | null;
  sheets: string[];
  sheet: string;
  headers: string[];
  mapping: SheetMapping;
  /** Required fields without a column: nothing can be imported until they have one. */
  unmapped: SheetField[];
  sample: { row: number; values: Partial<Record<SheetField, string>>; valid: boolean }[];
  rows: { total: number; valid: number; invalid: number; empty: number };
  problems: RowProblem[];
  problemsTotal: number;
  /** Merged cells found (first few): their value counts for each row they cover. */
  merged: string[];
  formulas: number;
  catalogue: CatalogueSummary;
  result: { mode: 'new' | 'update'; journeyName: string; newStages: string[]; touchpoints: number };
  edits: number;
  fingerprint: string;
}
