import {
  SEVERITIES,
  type Analysis,
  type CoverageMatrix,
  type DimensionScores,
  type Finding,
  type JourneyMaturity,
  type MaturityLevel,
  type NextLevel,
  type Reason,
  type Severity,
} from '../../../shared/analysis';

/** What the dashboard looks at: one journey, or the whole workspace. */
export type Scope = { kind: 'workspace' } | { kind: 'journey'; journeyId: string };

/**
 * One scope's slice of the analysis, in the shape the views draw, so that no
 * view has to know whether it shows one journey or all of them.
 */
export interface ScopeView {
  scope: Scope;
  matrix: CoverageMatrix;
  level: MaturityLevel;
  /** Nothing to measure: no touchpoint in the scope. */
  empty: boolean;
  scores: DimensionScores;
  overall: number;
  reasons: Reason[];
  next: NextLevel | null;
  findings: Finding[];
  /** Per journey (workspace scope only), for the journeys table. */
  journeys: JourneyMaturity[];
  touchpoints: number;
}

export function viewOf(analysis: Analysis, scope: Scope): ScopeView | null {
  const { coverage, maturity, findings } = analysis;
  if (scope.kind === 'workspace') {
    const touchpoints = maturity.journeys.reduce((sum, j) => sum + j.counts.touchpoints, 0);
    return {
      scope,
      matrix: coverage.workspace,
      level: maturity.level,
      empty: maturity.empty,
      scores: maturity.scores,
      overall: maturity.overall,
      reasons: maturity.reasons,
      next: maturity.next,
      findings,
      journeys: maturity.journeys,
      touchpoints,
    };
  }
  const matrix = coverage.journeys.find((c) => c.journeyId === scope.journeyId);
  const journey = maturity.journeys.find((j) => j.journeyId === scope.journeyId);
  if (!matrix || !journey) return null;
  return {
    scope,
    matrix,
    level: journey.level,
    empty: journey.empty,
    scores: journey.scores,
    overall: journey.overall,
    reasons: journey.reasons,
    next: journey.next,
    findings: findings.filter((f) => f.journeyId === scope.journeyId),
    journeys: [journey],
    touchpoints: journey.counts.touchpoints,
  };
}

export type FindingGroups = Record<Severity, Finding[]>;

/** Findings by severity, each group keeping the analysis' order (what to fix first on top). */
export function bySeverity(findings: readonly Finding[]): FindingGroups {
  const groups = Object.fromEntries(SEVERITIES.map((s) => [s, [] as Finding[]])) as FindingGroups;
  for (const f of findings) groups[f.severity].push(f);
  return groups;
}

/** Channel columns to show: all of them, or only those with a touchpoint in this matrix. */
export function visibleChannels(matrix: CoverageMatrix, onlyUsed: boolean): number[] {
  const all = matrix.channelIds.map((_, i) => i);
  if (!onlyUsed) return all;
  return all.filter((c) => matrix.cells.some((row) => row[c]!.touchpointIds.length > 0));
}

/** Departments that own or support something in the matrix, in department order, for legends and bars. */
export function activeDepartments(matrix: CoverageMatrix): number[] {
  return matrix.departmentIds
    .map((_, d) => d)
    .filter((d) => matrix.departmentByRow[d]!.some((n) => n > 0) || matrix.supportByRow[d]!.some((n) => n > 0));
}

/** The largest count in the department × stage heatmap (at least 1, so shares never divide by zero). */
export function heatMax(matrix: CoverageMatrix): number {
  let max = 1;
  for (const line of matrix.departmentByRow) for (const n of line) if (n > max) max = n;
  for (const line of matrix.supportByRow) for (const n of line) if (n > max) max = n;
  for (const n of matrix.unownedByRow) if (n > max) max = n;
  return max;
}
