import type { FindingKind, Severity } from './finding-kinds';
import { emptyCounts, type FindingCounts } from './finding-kinds';
import { countFindingsByJourney, countFindingsOf } from './findings';
import type { WorkspaceData } from './input';
import { share, type DimensionScores, type MaturityLevel } from './maturity';
import { maturityOf } from './maturity-workspace';
import { buildModel } from './model';

/**
 * How coverage and maturity developed, week by week (ISO weeks, UTC), from the
 * change history. The history is replayed once; the analysis runs only at the
 * end of each week that saw changes — weeks without changes repeat the previous
 * state — so 100,000 changes cost one pass plus one analysis per active week.
 * TrendTracker keeps those weekly summaries, so one more change costs one
 * analysis of the current week, not a replay.
 */

export interface TrendSummary {
  journeys: number;
  touchpoints: number;
  transitions: number;
  /** Share of live stages with at least one touchpoint, 0..100. */
  stageCoverage: number;
  findings: number;
  findingsByKind: Record<FindingKind, number>;
  findingsBySeverity: Record<Severity, number>;
  level: MaturityLevel;
  overall: number;
  scores: DimensionScores;
}

export interface TrendPoint extends TrendSummary {
  /** ISO week, e.g. "2026-W48". */
  week: string;
  /** The week's Monday, "YYYY-MM-DD". */
  start: string;
  /** Changes stamped within the week (any table). */
  changes: number;
}

export function summarize(data: WorkspaceData): TrendSummary {
  const model = buildModel(data);
  const findings = countFindingsOf(model);
  const maturity = maturityOf(model);
  let touchpoints = 0;
  let transitions = 0;
  let stages = 0;
  let covered = 0;
  for (const j of model.journeys) {
    touchpoints += j.touchpoints.length;
    transitions += j.transitions.length;
    stages += j.stages.length;
    for (const list of j.byStage) if (list.length > 0) covered += 1;
  }
  return {
    journeys: model.journeys.length,
    touchpoints,
    transitions,
    stageCoverage: share(covered, stages),
    findings: findings.total,
    findingsByKind: findings.byKind,
    findingsBySeverity: findings.bySeverity,
    level: maturity.level,
    overall: maturity.overall,
    scores: maturity.scores,
  };
}

/** Every summary of one moment, from one model: the workspace's and each live journey's. */
export interface TrendSummaries {
  workspace: TrendSummary;
  journeys: Map<string, TrendSummary>;
}

/**
 * The workspace and every journey summarised from the same model with the
 * same functions as the dashboard's overview (maturityOf, the findings
 * detector), so a journey's trend for this week is exactly its overview score:
 * messages elsewhere in the workspace count for it as they count there.
 */
export function summarizeAll(data: WorkspaceData): TrendSummaries {
  const model = buildModel(data);
  const maturity = maturityOf(model);
  const perJourney = countFindingsByJourney(model);
  const journeys = new Map<string, TrendSummary>();
  let touchpoints = 0;
  let transitions = 0;
  let stages = 0;
  let covered = 0;
  const total = emptyCounts();
  model.journeys.forEach((j, i) => {
    let mine = 0;
    for (const list of j.byStage) if (list.length > 0) mine += 1;
    const findings = perJourney[i]!;
    const m = maturity.journeys[i]!;
    journeys.set(j.journey.id, {
      journeys: 1,
      touchpoints: j.touchpoints.length,
      transitions: j.transitions.length,
      stageCoverage: share(mine, j.stages.length),
      findings: findings.total,
      findingsByKind: findings.byKind,
      findingsBySeverity: findings.bySeverity,
      level: m.level,
      overall: m.overall,
      scores: m.scores,
    });
    touchpoints += j.touchpoints.length;
    transitions += j.transitions.length;
    stages += j.stages.length;
    covered += mine;
    mergeCounts(total, findings);
  });
  return {
    workspace: {
      journeys: model.journeys.length,
      touchpoints,
      transitions,
      stageCoverage: share(covered, stages),
      findings: total.total,
      findingsByKind: total.byKind,
      findingsBySeverity: total.bySeverity,
      level: maturity.level,
      overall: maturity.overall,
      scores: maturity.scores,
    },
    journeys,
  };
}

function mergeCounts(into: FindingCounts, add: FindingCounts): void {
  into.total += add.total;
  for (const k of Object.keys(add.byKind) as FindingKind[]) into.byKind[k] += add.byKind[k];
  for (const s of Object.keys(add.bySeverity) as Severity[]) into.bySeverity[s] += add.bySeverity[s];
}
