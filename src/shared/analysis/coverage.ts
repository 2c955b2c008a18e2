import type { AnalysisModel, JourneyModel, TouchpointNode } from './model';

/**
 * Coverage: who is present where. Per journey the rows are its stages; across
 * the workspace the rows are stage names, because each journey has its own
 * stages but teams reuse names ("purchase", "service") — grouping by name is
 * what lets management read one matrix for the whole company.
 */

export interface CoverageCell {
  touchpointIds: string[];
  /** Owner departments of those touchpoints, distinct, in department order. */
  departmentIds: string[];
}

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
}

export interface JourneyCoverage extends CoverageMatrix {
  journeyId: string;
}

export interface Coverage {
  journeys: JourneyCoverage[];
  workspace: CoverageMatrix;
}

const emptyCell = (): CoverageCell => ({ touchpointIds: [], departmentIds: [] });
const zeros = (n: number): number[] => new Array<number>(n).fill(0);

function newMatrix(model: AnalysisModel, rows: CoverageRow[]): CoverageMatrix {
  const c = model.channels.length;
  const d = model.departments.length;
  return {
    rows,
    channelIds: model.channels.map((ch) => ch.id),
    cells: rows.map(() => Array.from({ length: c }, emptyCell)),
    unassigned: rows.map(emptyCell),
    departmentIds: model.departments.map((dep) => dep.id),
    departmentByRow: Array.from({ length: d }, () => zeros(rows.length)),
    departmentByChannel: Array.from({ length: d }, () => zeros(c)),
    unownedByRow: zeros(rows.length),
    unownedByChannel: zeros(c),
  };
}

function add(matrix: CoverageMatrix, model: AnalysisModel, row: number, tp: TouchpointNode): void {
  const ch = tp.channelId === null ? -1 : (model.channelIndex.get(tp.channelId) ?? -1);
  const cell = ch < 0 ? matrix.unassigned[row]! : matrix.cells[row]![ch]!;
  cell.touchpointIds.push(tp.row.id);
  const dep = tp.ownerId === null ? -1 : (model.departmentIndex.get(tp.ownerId) ?? -1);
  if (dep < 0) {
    matrix.unownedByRow[row]! += 1;
    if (ch >= 0) matrix.unownedByChannel[ch]! += 1;
    return;
  }
  // Cells hold a handful of departments at most; a linear check beats a Set here.
  if (!cell.departmentIds.includes(tp.ownerId!)) cell.departmentIds.push(tp.ownerId!);
  matrix.departmentByRow[dep]![row]! += 1;
  if (ch >= 0) matrix.departmentByChannel[dep]![ch]! += 1;
}

function sortDepartments(matrix: CoverageMatrix, model: AnalysisModel): void {
  const order = (id: string): number => model.departmentIndex.get(id) ?? Number.MAX_SAFE_INTEGER;
  for (const cell of [...matrix.cells.flat(), ...matrix.unassigned]) {
    if (cell.departmentIds.length > 1) cell.departmentIds.sort((a, b) => order(a) - order(b));
  }
}

export function journeyCoverage(model: AnalysisModel, journey: JourneyModel): JourneyCoverage {
  const rows = journey.stages.map((s) => ({ key: s.id, name: s.name, stageIds: [s.id] }));
  const matrix = newMatrix(model, rows);
  for (const tp of journey.touchpoints) add(matrix, model, tp.stage, tp);
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
      if (!group) groups.set(key, (group = { row: { key, name: stage.name.trim(), stageIds: [] }, positionSum: 0, first: seen++ }));
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
  for (const journey of model.journeys) {
    const rowOfStage = journey.stages.map((s) => rowOf.get(s.id) ?? 0);
    for (const tp of journey.touchpoints) add(matrix, model, rowOfStage[tp.stage]!, tp);
  }
  sortDepartments(matrix, model);
  return matrix;
}

export function coverageOf(model: AnalysisModel): Coverage {
  return {
    journeys: model.journeys.map((j) => journeyCoverage(model, j)),
    workspace: workspaceCoverage(model),
  };
}
