import type { TFunction } from 'i18next';
import type { ConflictEntry, SyncStatus } from '../../../shared/contract';
import { createFormatter, formatLanguage } from '../../../shared/format';
import type { TableName } from '../../../shared/schema/tables';
import type { TableRows } from '../../stores/data-store';
import { syncEn } from './i18n.en';

/** A date and time in the interface language, short enough for a list. */
export function formatWhen(language: string, at: number | string): string {
  return createFormatter(formatLanguage(language)).dateTime(at);
}

type ColumnKey = keyof typeof syncEn.columns;
const isColumnKey = (c: string): c is ColumnKey => Object.prototype.hasOwnProperty.call(syncEn.columns, c);

/** The column in human terms; columns without a translation show a readable form of their name. */
export function columnLabel(t: TFunction, column: string): string {
  return isColumnKey(column) ? t(`sync.columns.${column}`) : column.replace(/_/g, ' ');
}

const TITLE_COLUMNS = ['name', 'title', 'headline', 'label', 'key'] as const;

/** A row's title from the rows the page already holds (the conflict log does not load tables for this). */
export function rowTitle(rows: TableRows, table: TableName, id: string): string | null {
  const row = (rows[table] as readonly Record<string, unknown>[] | undefined)?.find((r) => r.id === id);
  if (!row) return null;
  for (const c of TITLE_COLUMNS) {
    const v = row[c];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

/** "Department “Sales” · Name": what a conflict was about. */
export function fieldLabel(
  t: TFunction,
  rows: TableRows,
  entry: Pick<ConflictEntry, 'table' | 'row' | 'column'>,
): string {
  const table = t(`sync.tables.${entry.table}`);
  const column = columnLabel(t, entry.column);
  const row = rowTitle(rows, entry.table, entry.row);
  return row ? t('sync.conflicts.field', { table, row, column }) : t('sync.conflicts.fieldNoRow', { table, column });
}

/** A stored value as a person reads it. */
export function formatValue(t: TFunction, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('sync.conflicts.empty_value');
  if (typeof value === 'boolean') return value ? t('sync.conflicts.yes') : t('sync.conflicts.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The short text of the status indicator. */
export function statusText(t: TFunction, status: SyncStatus): string {
  switch (status.state) {
    case 'pending':
      return t('sync.status.pending', { count: status.pending });
    case 'error':
      return status.errorCode ? t(`sync.errors.${status.errorCode}`) : t('sync.status.error');
    default:
      return t(`sync.status.${status.state}`);
  }
}
