import { DEFAULT_CHANNELS, DEFAULT_DEPARTMENTS } from '../default-catalogue';
import { byOrder } from '../ordering';
import type { Channel, Department } from '../schema/tables';
import { columnLetter, fold, SHEET_FIELDS, type SheetField, type SheetMapping } from './sheet-fields';

/**
 * Rows of a spreadsheet read as touchpoints: each mapped cell checked before
 * anything is written. A row with a problem is left out and listed with its
 * row number and column; the others can be imported.
 */

export interface SheetCell {
  /** The text the cell shows (a number as written, a formula's saved result). */
  text: string;
  /** A formula (only its saved result is read, it is never run) or an error value such as #N/A. */
  kind?: 'formula' | 'error';
}

export interface SheetTable {
  name: string;
  headers: string[];
  /** Data rows under the header, with their row number in the spreadsheet. */
  rows: { number: number; cells: SheetCell[] }[];
  /** Merged ranges (B2:B6): their value counts for every row they span. */
  merged: string[];
}

export const ROW_PROBLEM_CODES = [
  'empty_title',
  'no_stage',
  'no_channel',
  'unknown_channel',
  'emotion_range',
  'emotion_not_number',
  'too_long',
  'formula_without_result',
  'cell_error',
  /** A warning: the formula's saved result is used. */
  'formula',
] as const;
export type RowProblemCode = (typeof ROW_PROBLEM_CODES)[number];

export interface RowProblem {
  /** Row number in the spreadsheet (1-based, the header is row 1). */
  row: number;
  /** Column as the spreadsheet names it ("C"). */
  column: string;
  field: SheetField;
  code: RowProblemCode;
  /** The cell's text, shortened. */
  value: string;
  /** For too_long: the limit. */
  limit: number | null;
  warning: boolean;
}

export interface CheckedRow {
  number: number;
  values: Partial<Record<SheetField, string>>;
  emotion: number;
  channelId: string | null;
  valid: boolean;
}

const LIMITS: Partial<Record<SheetField, number>> = {
  stage: 200,
  step: 100,
  channel: 200,
  title: 200,
  customer_action: 20000,
  company_response: 20000,
  owner: 200,
  kpi: 200,
  thinks: 2000,
  feels: 2000,
  says: 2000,
  pain_points: 4000,
  notes: 20000,
};

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * The channel a cell names: a workspace channel by its name, or — in either
 * language — by a default channel's name or by kind ("Filiale", "Physical
 * store" and "store" all find the workspace's store channel).
 */
export function sheetChannelMatcher(channels: readonly Channel[]): (text: string) => string | null {
  const live = byOrder(channels.filter((c) => !c.tombstone));
  const ordered = [...live.filter((c) => !c.archived), ...live.filter((c) => c.archived)];
  const byName = new Map<string, string>();
  for (const c of ordered) if (!byName.has(fold(c.name))) byName.set(fold(c.name), c.id);
  const byKind = new Map<string, string>();
  for (const c of ordered) if (!byKind.has(c.kind)) byKind.set(c.kind, c.id);
  for (const d of DEFAULT_CHANNELS) {
    const id = byKind.get(d.kind);
    if (!id) continue;
    for (const word of [d.de, d.en, d.kind, d.kind.replace(/_/g, ' ')])
      if (!byName.has(fold(word))) byName.set(fold(word), id);
  }
  for (const [kind, id] of byKind) if (!byName.has(fold(kind))) byName.set(fold(kind), id);
  // A sheet names the same few channels thousands of times.
  const seen = new Map<string, string | null>();
  return (text) => {
    let id = seen.get(text);
    if (id === undefined) seen.set(text, (id = byName.get(fold(text)) ?? null));
    return id;
  };
}

/** A department cell as the workspace names it: its own name, or a default department's name in the other language. */
export function sheetDepartmentName(departments: readonly Department[]): (text: string) => string {
  const live = byOrder(departments.filter((d) => !d.tombstone));
  const byName = new Map<string, string>();
  for (const d of live) if (!byName.has(fold(d.name))) byName.set(fold(d.name), d.name);
  for (const names of DEFAULT_DEPARTMENTS) {
    const own = byName.get(fold(names.de)) ?? byName.get(fold(names.en));
    if (!own) continue;
    for (const word of [names.de, names.en]) if (!byName.has(fold(word))) byName.set(fold(word), own);
  }
  const seen = new Map<string, string>();
  return (text) => {
    let name = seen.get(text);
    if (name === undefined) seen.set(text, (name = byName.get(fold(text)) ?? text.trim()));
    return name;
  };
}

function parseEmotion(text: string): number | 'nan' | 'range' {
  const clean = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/^\+/, '');
  if (clean === '') return 0;
  if (!/^-?\d+(?:[.,]0+)?$/.test(clean)) return /^-?\d+(?:[.,]\d+)?$/.test(clean) ? 'range' : 'nan';
  const n = Number.parseInt(clean, 10);
  return n < -2 || n > 2 ? 'range' : n;
}

/** A leading apostrophe that only kept a spreadsheet from reading text as a formula (see csv.ts) is not part of it. */
function unguard(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

export interface RowsChecked {
  rows: CheckedRow[];
  problems: RowProblem[];
  /** Rows with nothing in any mapped column, between filled ones: skipped, not a problem. */
  empty: number;
}

export function checkRows(table: SheetTable, mapping: SheetMapping, channels: readonly Channel[]): RowsChecked {
  const channelOf = sheetChannelMatcher(channels);
  const rows: CheckedRow[] = [];
  const problems: RowProblem[] = [];
  let empty = 0;
  // Empty rows after the last filled one are no gap anyone made (formatting, validation): not counted.
  let pending = 0;
  const mapped = SHEET_FIELDS.filter((f) => mapping[f] !== null);
  for (const { number, cells } of table.rows) {
    const values: Partial<Record<SheetField, string>> = {};
    const found: RowProblem[] = [];
    const report = (field: SheetField, code: RowProblemCode, value: string, limit: number | null = null) =>
      found.push({
        row: number,
        column: columnLetter(mapping[field] ?? 0),
        field,
        code,
        value: shorten(value),
        limit,
        warning: code === 'formula',
      });
    for (const field of mapped) {
      const cell = cells[mapping[field]!];
      if (!cell) continue;
      if (cell.kind === 'error') report(field, 'cell_error', cell.text);
      else if (cell.kind === 'formula')
        report(field, cell.text === '' ? 'formula_without_result' : 'formula', cell.text);
      const text = unguard(cell.text.trim());
      if (text !== '') values[field] = text;
    }
    if (mapped.every((f) => values[f] === undefined) && found.length === 0) {
      pending += 1;
      continue;
    }
    empty += pending;
    pending = 0;
    for (const field of mapped) {
      const limit = LIMITS[field];
      const text = values[field];
      if (limit !== undefined && text !== undefined && text.length > limit) report(field, 'too_long', text, limit);
    }
    if (values.title === undefined) report('title', 'empty_title', '');
    if (values.stage === undefined) report('stage', 'no_stage', '');
    let channelId: string | null = null;
    if (values.channel === undefined) report('channel', 'no_channel', '');
    else {
      channelId = channelOf(values.channel);
      if (channelId === null) report('channel', 'unknown_channel', values.channel);
    }
    let emotion = 0;
    if (values.emotion !== undefined) {
      const parsed = parseEmotion(values.emotion);
      if (parsed === 'nan') report('emotion', 'emotion_not_number', values.emotion);
      else if (parsed === 'range') report('emotion', 'emotion_range', values.emotion);
      else emotion = parsed;
    }
    // In the order of the columns, as the user reads the row.
    found.sort((a, b) => (mapping[a.field] ?? 0) - (mapping[b.field] ?? 0));
    problems.push(...found);
    rows.push({ number, values, emotion, channelId, valid: found.every((p) => p.warning) });
  }
  return { rows, problems, empty };
}
