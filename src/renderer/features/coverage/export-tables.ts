import type { TFunction } from 'i18next';
import type { CoverageCell, CoverageMatrix, Finding } from '../../../shared/analysis';
import type { CsvValue } from '../../../shared/analysis/csv';
import type { Names } from './names';
import { findingText } from './texts';

/**
 * The tables behind the CSV exports, in the interface language. The matrix is
 * written one row per stage × channel cell (a "long" table) rather than as the
 * on-screen grid: a cell then holds one value per column, so Excel can filter
 * for empty cells or pivot by department, and nothing has to be parsed out of
 * a "3 (Marketing, Sales)" string. Empty cells are rows too — the gaps are the point.
 */

export interface Table {
  header: CsvValue[];
  rows: CsvValue[][];
}

const TITLE_JOIN = ' | ';

function departmentNames(ids: readonly string[], names: Names): string {
  return ids
    .map((id) => names.departments.get(id)?.name ?? '')
    .filter(Boolean)
    .join(', ');
}

function titles(ids: readonly string[], names: Names, untitled: string): string {
  return ids.map((id) => names.touchpoints.get(id)?.title || untitled).join(TITLE_JOIN);
}

export function matrixTable(t: TFunction, matrix: CoverageMatrix, names: Names, scopeName: string): Table {
  const untitled = t('coverage.finding.untitled');
  const header = [
    t('coverage.export.journey'),
    t('coverage.export.stage'),
    t('coverage.export.channel'),
    t('coverage.export.touchpoints'),
    t('coverage.export.departments'),
    t('coverage.export.supporting'),
    t('coverage.export.titles'),
  ];
  const rows: CsvValue[][] = [];
  const line = (stage: string, channel: string, cell: CoverageCell) => {
    rows.push([
      scopeName,
      stage,
      channel,
      cell.touchpointIds.length,
      departmentNames(cell.departmentIds, names),
      departmentNames(cell.supportingIds, names),
      titles(cell.touchpointIds, names, untitled),
    ]);
  };
  matrix.rows.forEach((row, r) => {
    matrix.channelIds.forEach((channelId, c) =>
      line(row.name, names.channels.get(channelId) ?? '', matrix.cells[r]![c]!),
    );
    const unassigned = matrix.unassigned[r]!;
    if (unassigned.touchpointIds.length > 0) line(row.name, t('coverage.matrix.noChannel'), unassigned);
  });
  return { header, rows };
}

const pair = (a: string | number | undefined, b: string | number | undefined): string =>
  a === b || b === undefined ? String(a ?? '') : `${String(a ?? '')} → ${String(b)}`;

export function findingsTable(t: TFunction, language: string, findings: readonly Finding[], names: Names): Table {
  const untitled = t('coverage.finding.untitled');
  const header = [
    t('coverage.export.severity'),
    t('coverage.export.kind'),
    t('coverage.export.journey'),
    t('coverage.export.finding'),
    t('coverage.export.stage'),
    t('coverage.export.channel'),
    t('coverage.export.departments'),
    t('coverage.export.titles'),
  ];
  const rows = findings.map((f): CsvValue[] => {
    const p = f.params;
    const transition =
      f.kind === 'silo_handoff' ||
      f.kind === 'context_lost' ||
      f.kind === 'backstage_silo_handoff' ||
      f.kind === 'backstage_context_lost';
    return [
      t(`coverage.severity.${f.severity}`),
      t(`coverage.kind.${f.kind}`),
      names.journeys.get(f.journeyId) || t('coverage.unnamedJourney'),
      findingText(t, language, f, names),
      transition ? pair(p.fromStage, p.toStage) : String(p.stage ?? ''),
      transition ? pair(p.fromChannel, p.toChannel) : String(p.channel ?? ''),
      departmentNames(f.departmentIds ?? [], names),
      titles(f.touchpointIds, names, untitled),
    ];
  });
  return { header, rows };
}

/** A file name without characters Windows or macOS refuse, e.g. "coverage-matrix-Click & Collect-2026-05-04.csv". */
export function fileName(parts: readonly string[], date: Date): string {
  const day = date.toISOString().slice(0, 10);
  const clean = [...parts, day]
    .map((p) =>
      p
        .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  return `${clean.join('-').slice(0, 180)}.csv`;
}
