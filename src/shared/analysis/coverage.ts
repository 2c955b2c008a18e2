import type { AnalysisModel, JourneyModel, TouchpointNode } from './model';

/**
 * Coverage: who is present where. Per journey the rows are its stages; across
 * the workspace the rows are stage names, because each journey has its own
 * stages but teams reuse names ("purchase", "service") — grouping by name is
 * what lets management read one matrix for the whole company.
 */

/**
 * One cell. Matrices are results to read, not to edit: every empty cell is the
 * same frozen object, because a workspace matrix is mostly empty and
 * allocating thousands of empty cells was a measurable part of the analysis.
 */
export interface CoverageCell {
  readonly touchpointIds: readonly string[];
  /** Owner departments of those touchpoints, distinct, in department order. */
  readonly departmentIds: readonly string[];
  /** Departments supporting those touchpoints (not as their owner), distinct, in department order. */
  readonly supportingIds: readonly string[];
}

interface OpenCell {
  touchpointIds: string[];
  departmentIds: string[];
  supportingIds: string[];
}

const NONE = Object.freeze([]) as readonly string[];

export const EMPTY_CELL: CoverageCell = Object.freeze({
  touchpointIds: NONE,
  departmentIds: NONE,
  supportingIds: NONE,
});

export interface CoverageRow {
  /** The stage id per journey; the normalised stage name across the workspace. */
  key: string;
  name: string;
  stageIds: string[];
}

export interface CoverageMatrix {
  rows: CoverageRow[];
  /** Every live channel, so gaps show as empty columns. */
  channelIds: string[];
  /** [row][channel] */
  cells: CoverageCell[][];
  /** [row]: touchpoints whose channel is unset, deleted or archived. */
  unassigned: CoverageCell[];
  departmentIds: string[];
  /** [department][row]: touchpoints owned (the heatmap). */
  departmentByRow: number[][];
  /** [department][channel]: touchpoints owned. */
  departmentByChannel: number[][];
  /** Touchpoints without a valid owner, per row and per channel. */
  unownedByRow: number[];
  unownedByChannel: number[];
  /** [department][row] and [department][channel]: touchpoints supported (not owned). */
  supportByRow: number[][];
  supportByChannel: number[][];
}

export interface JourneyCoverage extends CoverageMatrix {
  journeyId: string;
}

export interface Coverage {
  journeys: JourneyCoverage[];
  workspace: CoverageMatrix;
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

function newMatrix(model: AnalysisModel, rows: CoverageRow[]): CoverageMatrix {
  const c = model.channels.length;
  const d = model.departments.length;
  return {
    rows,
    channelIds: model.channels.map((ch) => ch.id),
    cells: rows.map(() => new Array<CoverageCell>(c).fill(EMPTY_CELL)),
    unassigned: new Array<CoverageCell>(rows.length).fill(EMPTY_CELL),
    departmentIds: model.departments.map((dep) => dep.id),
    departmentByRow: Array.from({ length: d }, () => zeros(rows.length)),
    departmentByChannel: Array.from({ length: d }, () => zeros(c)),
    unownedByRow: zeros(rows.length),
    unownedByChannel: zeros(c),
    supportByRow: Array.from({ length: d }, () => zeros(rows.length)),
    supportByChannel: Array.from({ length: d }, () => zeros(c)),
  };
}

type Visit = (each: (row: number, tp: TouchpointNode) => void) => void;

/**
 * Two passes over the touchpoints: the first counts each cell, so the second
 * allocates every id list at its final size. Grown arrays reserve about
 * seventeen slots for a cell that mostly holds two or three touchpoints, and
 * across 50 journeys that spare room was most of the coverage's memory.
 */
function fill(matrix: CoverageMatrix, visit: Visit): void {
  const width = matrix.channelIds.length + 1; // the last column: no active channel
  const counts = new Int32Array(matrix.rows.length * width);
  const column = (tp: TouchpointNode): number => (tp.channel < 0 ? width - 1 : tp.channel);
  visit((row, tp) => {
    counts[row * width + column(tp)]! += 1;
  });
  const cursor = new Int32Array(counts.length);
  visit((row, tp) => {
    const col = column(tp);
    const slot = row * width + col;
    const ch = col === width - 1 ? -1 : col;
    const line = ch < 0 ? matrix.unassigned : matrix.cells[row]!;
    const at = ch < 0 ? row : ch;
    const dep = tp.owner;
    let cell = line[at] as OpenCell;
    if (cell === EMPTY_CELL) {
      // Started as a literal so the usual single owner costs one slot, not a grown array.
      line[at] = cell = {
        touchpointIds: new Array<string>(counts[slot]!),
        departmentIds: dep < 0 ? [] : [tp.ownerId!],
        supportingIds: tp.supporterIds.length === 0 ? (NONE as string[]) : [...tp.supporterIds],
      };
    } else {
      // A handful of departments at most: a linear check beats a Set.
      if (dep >= 0 && !cell.departmentIds.includes(tp.ownerId!)) cell.departmentIds.push(tp.ownerId!);
      for (const id of tp.supporterIds) {
        if (cell.supportingIds === NONE) cell.supportingIds = [id];
        else if (!cell.supportingIds.includes(id)) cell.supportingIds.push(id);
      }
    }
    cell.touchpointIds[cursor[slot]!++] = tp.row.id;
    for (const s of tp.supporters) {
      matrix.supportByRow[s]![row]! += 1;
      if (ch >= 0) matrix.supportByChannel[s]![ch]! += 1;
    }
    if (dep < 0) {
      matrix.unownedByRow[row]! += 1;
      if (ch >= 0) matrix.unownedByChannel[ch]! += 1;
      return;
    }
    matrix.departmentByRow[dep]![row]! += 1;
    if (ch >= 0) matrix.departmentByChannel[dep]![ch]! += 1;
  });
}

function sortDepartments(matrix: CoverageMatrix, model: AnalysisModel): void {
  const order = (id: string): number => model.departmentIndex.get(id) ?? Number.MAX_SAFE_INTEGER;
  const sort = (cell: CoverageCell): void => {
    if (cell.departmentIds.length > 1) (cell as OpenCell).departmentIds.sort((a, b) => order(a) - order(b));
    if (cell.supportingIds.length > 1) (cell as OpenCell).supportingIds.sort((a, b) => order(a) - order(b));
  };
  for (const line of matrix.cells) line.forEach(sort);
  matrix.unassigned.forEach(sort);
}

export function journeyCoverage(model: AnalysisModel, journey: JourneyModel): JourneyCoverage {
  const rows = journey.stages.map((s) => ({ key: s.id, name: s.name, stageIds: [s.id] }));
  const matrix = newMatrix(model, rows);
  fill(matrix, (each) => {
    for (const tp of journey.touchpoints) each(tp.stage, tp);
  });
  sortDepartments(matrix, model);
  return { journeyId: journey.journey.id, ...matrix };
}

export function stageNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Stage names in the order they usually occur: by their mean position within their journeys. */
function stageGroups(model: AnalysisModel): { rows: CoverageRow[]; rowOf: Map<string, number> } {
  const groups = new Map<string, { row: CoverageRow; positionSum: number; first: number }>();
  let seen = 0;
  for (const journey of model.journeys) {
    journey.stages.forEach((stage, index) => {
      const key = stageNameKey(stage.name);
      let group = groups.get(key);
      if (!group)
        groups.set(
          key,
          (group = { row: { key, name: stage.name.trim(), stageIds: [] }, positionSum: 0, first: seen++ }),
        );
      group.row.stageIds.push(stage.id);
      group.positionSum += index;
    });
  }
  const sorted = [...groups.values()].sort((a, b) => {
    const mean = a.positionSum / a.row.stageIds.length - b.positionSum / b.row.stageIds.length;
    return mean !== 0 ? mean : a.first - b.first;
  });
  const rowOf = new Map<string, number>();
  sorted.forEach((g, i) => g.row.stageIds.forEach((id) => rowOf.set(id, i)));
  return { rows: sorted.map((g) => g.row), rowOf };
}

export function workspaceCoverage(model: AnalysisModel): CoverageMatrix {
  const { rows, rowOf } = stageGroups(model);
  const matrix = newMatrix(model, rows);
  const rowOfStage = model.journeys.map((journey) => journey.stages.map((s) => rowOf.get(s.id) ?? 0));
  fill(matrix, (each) => {
    model.journeys.forEach((journey, j) => {
      for (const tp of journey.touchpoints) each(rowOfStage[j]![tp.stage]!, tp);
    });
  });
  sortDepartments(matrix, model);
  return matrix;
}

export function coverageOf(model: AnalysisModel): Coverage {
  return {
    journeys: model.journeys.map((j) => journeyCoverage(model, j)),
    workspace: workspaceCoverage(model),
  };
}
