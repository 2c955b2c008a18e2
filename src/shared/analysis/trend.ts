import type { Change } from '../changes';
import type { FindingKind, Severity } from './finding-kinds';
import { countFindingsOf } from './findings';
import type { WorkspaceData } from './input';
import { share, type DimensionScores, type MaturityLevel } from './maturity';
import { maturityOf } from './maturity-workspace';
import { buildModel } from './model';
import { inHlcOrder, Replay } from './replay';
import { isoWeek, WEEK_MS, weekStart } from './week';

/**
 * How coverage and maturity developed, week by week (ISO weeks, UTC), from the
 * change history. The history is replayed once; the analysis runs only at the
 * end of each week that saw changes — weeks without changes repeat the previous
 * state — so 100,000 changes cost one pass plus one analysis per active week.
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

// Quiet weeks repeat a summary; each point gets its own objects so no chart can alias another.
const copy = (s: TrendSummary): TrendSummary => ({
  ...s,
  findingsByKind: { ...s.findingsByKind },
  findingsBySeverity: { ...s.findingsBySeverity },
  scores: { ...s.scores },
});
const isoDate = (millis: number): string => new Date(millis).toISOString().slice(0, 10);
const timeOf = (hlc: string): number => Date.parse(hlc.slice(0, 24));

export function computeTrend(changes: readonly Change[]): TrendPoint[] {
  const sorted = inHlcOrder(changes);
  const replay = new Replay();
  const points: TrendPoint[] = [];
  let start = NaN;
  // hlc strings begin with a fixed-width ISO time, so comparing against the
  // next Monday's ISO string finds the week's end without parsing every stamp.
  let boundary = '';
  let count = 0;

  const close = (): TrendSummary => {
    const summary = summarize(replay.data());
    points.push({ week: isoWeek(start), start: isoDate(start), changes: count, ...summary });
    return summary;
  };

  for (const c of sorted) {
    if (c.hlc >= boundary) {
      const millis = timeOf(c.hlc);
      // A stamp without a readable time cannot be placed in a week.
      if (!Number.isFinite(millis)) continue;
      if (!Number.isNaN(start)) {
        const last = close();
        for (let quiet = start + WEEK_MS; quiet < weekStart(millis); quiet += WEEK_MS) {
          points.push({ week: isoWeek(quiet), start: isoDate(quiet), changes: 0, ...copy(last) });
        }
      }
      start = weekStart(millis);
      boundary = new Date(start + WEEK_MS).toISOString();
      count = 0;
    }
    replay.apply(c);
    count += 1;
  }
  if (!Number.isNaN(start)) close();
  return points;
}
