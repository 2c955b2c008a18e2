import type { CoverageMatrix } from '../../../shared/analysis';
import { activeDepartments } from './scope';

/**
 * The numbers behind the department views, shared by the dashboard and its
 * printed export so that paper and screen never disagree.
 */

export interface HeatmapLine {
  /** Index into matrix.departmentIds, or null for touchpoints without an owner. */
  department: number | null;
  /** Touchpoints owned per stage (matrix row). */
  counts: readonly number[];
}

/** Every department (an empty row is a department that is absent), then the row without an owner when it has any. */
export function heatmapLines(matrix: CoverageMatrix): HeatmapLine[] {
  const lines: HeatmapLine[] = matrix.departmentIds.map((_, d) => ({
    department: d,
    counts: matrix.departmentByRow[d]!,
  }));
  if (matrix.unownedByRow.some((n) => n > 0)) lines.push({ department: null, counts: matrix.unownedByRow });
  return lines;
}

export interface ChannelLines {
  /** Channel indexes with a touchpoint of an active department. */
  channels: number[];
  lines: { department: number; counts: number[]; total: number }[];
}

/** Departments that own something, against the channels they use. */
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
    })),
  };
}
