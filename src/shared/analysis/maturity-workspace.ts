import {
  MATURITY_LEVELS,
  journeyMaturity,
  levelRank,
  overallOf,
  type DimensionScores,
  type JourneyMaturity,
  type MaturityLevel,
  type NextLevel,
  type Reason,
} from './maturity';
import type { AnalysisModel } from './model';

/**
 * The workspace verdict. A company is only as omni channel as its weakest
 * journey — a customer on that journey notices the switch — so the level is
 * the lowest level among journeys with touchpoints (empty journeys are drafts
 * and do not pull it down). Scores are the journeys' scores averaged with each
 * journey weighted by its touchpoints, so a two-touchpoint sketch does not
 * count as much as a mapped journey of sixty.
 */

export interface WorkspaceMaturity {
  level: MaturityLevel;
  /** No journey has a touchpoint yet. */
  empty: boolean;
  scores: DimensionScores;
  overall: number;
  /** Journeys with touchpoints at each level. */
  levels: Record<MaturityLevel, number>;
  /** The non-empty journeys at the workspace's level: what to work on first. */
  weakestJourneyIds: string[];
  reasons: Reason[];
  next: NextLevel | null;
  journeys: JourneyMaturity[];
}

function weightedScores(journeys: readonly JourneyMaturity[]): DimensionScores {
  const weight = journeys.reduce((sum, j) => sum + j.counts.touchpoints, 0);
  const avg = (pick: (s: DimensionScores) => number | null): number | null => {
    let total = 0;
    let any = false;
    for (const j of journeys) {
      const v = pick(j.scores);
      if (v === null) continue;
      any = true;
      total += v * j.counts.touchpoints;
    }
    return !any ? null : weight === 0 ? 0 : Math.floor(total / weight);
  };
  return {
    channel_breadth: avg((s) => s.channel_breadth) ?? 0,
    transitions: avg((s) => s.transitions) ?? 0,
    context_carried: avg((s) => s.context_carried) ?? 0,
    back_channels: avg((s) => s.back_channels) ?? 0,
    message_consistency: avg((s) => s.message_consistency),
    ownership: avg((s) => s.ownership) ?? 0,
  };
}

/** Adds up the numeric params of reasons with the same key, keeping first-seen order. */
function mergeReasons(lists: readonly Reason[][]): Reason[] {
  const merged = new Map<string, Reason>();
  for (const list of lists) {
    for (const r of list) {
      const seen = merged.get(r.key);
      if (!seen) {
        merged.set(r.key, { key: r.key, params: { ...r.params } });
        continue;
      }
      for (const [name, value] of Object.entries(r.params)) {
        const before = seen.params[name];
        if (typeof value === 'number' && typeof before === 'number') seen.params[name] = before + value;
      }
    }
  }
  return [...merged.values()];
}

export function workspaceMaturityOf(journeys: JourneyMaturity[]): WorkspaceMaturity {
  const counted = journeys.filter((j) => !j.empty);
  const levels = Object.fromEntries(MATURITY_LEVELS.map((l) => [l, 0])) as Record<MaturityLevel, number>;
  for (const j of counted) levels[j.level] += 1;
  const emptyCount = journeys.length - counted.length;
  const emptyReason: Reason[] = emptyCount > 0 ? [{ key: 'empty_journeys', params: { count: emptyCount } }] : [];

  if (counted.length === 0) {
    return {
      level: 'single',
      empty: true,
      scores: weightedScores(journeys),
      overall: 0,
      levels,
      weakestJourneyIds: [],
      reasons: journeys.length === 0 ? [{ key: 'no_journeys', params: {} }] : emptyReason,
      next: { level: 'multi', unmet: [{ key: 'needs_second_channel', params: { channels: 0 } }] },
      journeys,
    };
  }

  const rank = Math.min(...counted.map((j) => levelRank(j.level)));
  const level = MATURITY_LEVELS[rank]!;
  const weakest = counted.filter((j) => levelRank(j.level) === rank);
  const scores = weightedScores(counted);
  const nextLevel = MATURITY_LEVELS[rank + 1];
  const next: NextLevel | null =
    nextLevel === undefined
      ? null
      : {
          level: nextLevel,
          unmet: [
            { key: 'journeys_below', params: { level: nextLevel, count: weakest.length, total: counted.length } },
            ...mergeReasons(weakest.map((j) => j.next?.unmet ?? [])),
          ],
        };
  return {
    level,
    empty: false,
    scores,
    overall: overallOf(scores),
    levels,
    weakestJourneyIds: weakest.map((j) => j.journeyId),
    reasons: [
      { key: 'weakest_journeys', params: { level, count: weakest.length, total: counted.length } },
      ...emptyReason,
    ],
    next,
    journeys,
  };
}

export function maturityOf(model: AnalysisModel): WorkspaceMaturity {
  return workspaceMaturityOf(model.journeys.map((j) => journeyMaturity(model, j)));
}
