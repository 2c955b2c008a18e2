import type { CoverageMatrix } from '../../../shared/analysis';
import { activeDepartments } from './scope';

/**
 * The numbers behind the department views, shared by the dashboard and its
 * printed export so that paper and screen never disagree.
 */

export interface HeatmapLine {
  /** Index into matrix.departmentIds, or null for touchpoints without an owner. */
  department: number | null;
  /** What the counts are: touchpoints the department owns, or supports without owning them. */
  role: 'owns' | 'supports';
  /** Touchpoints per stage (matrix row). */
  counts: readonly number[];
}

/**
 * Every department (an empty row is a department that is absent), each
 * followed by what it supports when it supports anything, then the row
 * without an owner when it has any. Support is counted apart from ownership:
 * one owner per touchpoint is the omni channel rule, helping is not owning.
 */
export function heatmapLines(matrix: CoverageMatrix): HeatmapLine[] {
  const lines: HeatmapLine[] = [];
  matrix.departmentIds.forEach((_, d) => {
    lines.push({ department: d, role: 'owns', counts: matrix.departmentByRow[d]! });
    const support = matrix.supportByRow[d]!;
    if (support.some((n) => n > 0)) lines.push({ department: d, role: 'supports', counts: support });
  });
  if (matrix.unownedByRow.some((n) => n > 0))
    lines.push({ department: null, role: 'owns', counts: matrix.unownedByRow });
  return lines;
}

export interface ChannelLines {
  /** Channel indexes with a touchpoint of an active department. */
  channels: number[];
  /** counts and total: touchpoints owned; supporting: touchpoints supported (not owned), all channels. */
  lines: { department: number; counts: number[]; total: number; supporting: number }[];
}

/** Departments that own or support something, against the channels of the touchpoints they own. */
export function channelLines(matrix: CoverageMatrix): ChannelLines {
  const departments = activeDepartments(matrix);
  const channels = matrix.channelIds
    .map((_, c) => c)
    .filter((c) => departments.some((d) => matrix.departmentByChannel[d]![c]! > 0));
  return {
    channels,
    lines: departments.map((d) => ({
      department: d,
      counts: channels.map((c) => matrix.departmentByChannel[d]![c]!),
      total: matrix.departmentByChannel[d]!.reduce((a, b) => a + b, 0),
      supporting: supportTotal(matrix, d),
    })),
  };
}

/** Touchpoints a department supports without owning them, over the whole matrix. */
export function supportTotal(matrix: CoverageMatrix, department: number): number {
  return matrix.supportByRow[department]!.reduce((a, b) => a + b, 0);
}
