/** The analyses of the dashboard: pure functions over plain workspace data. */
export { analyzeWorkspace, computeCoverage, computeFindings, computeMaturity, type Analysis } from './analyze';
export {
  EMPTY_CELL,
  coverageOf,
  journeyCoverage,
  workspaceCoverage,
  stageNameKey,
  type Coverage,
  type CoverageCell,
  type CoverageMatrix,
  type CoverageRow,
  type JourneyCoverage,
} from './coverage';
export {
  FINDING_KINDS,
  FINDING_SEVERITY,
  KIND_ORDER,
  SEVERITIES,
  countFindings,
  type Finding,
  type FindingCounts,
  type FindingKind,
  type FindingParams,
  type Severity,
} from './finding-kinds';
export { countFindingsByJourney, countFindingsOf, findingsOf } from './findings';
export { isLive, type WorkspaceData } from './input';
export { coverageNamesOf, type CoverageNames } from './names';
export {
  BREADTH_TARGET,
  DIMENSIONS,
  MATURITY_LEVELS,
  REASON_KEYS,
  journeyMaturity,
  levelRank,
  overallOf,
  scoresOf,
  share,
  verdictOf,
  type Dimension,
  type DimensionScores,
  type JourneyMaturity,
  type MaturityLevel,
  type NextLevel,
  type Reason,
  type ReasonKey,
} from './maturity';
export { countJourney, type JourneyCounts } from './maturity-counts';
export { maturityOf, workspaceMaturityOf, type WorkspaceMaturity } from './maturity-workspace';
export {
  buildModel,
  type AnalysisModel,
  type JourneyModel,
  type OwnerState,
  type TouchpointNode,
  type TransitionEdge,
} from './model';
export { REPLAYED_TABLES, Replay, inHlcOrder, replayChanges } from './replay';
export { summarize, summarizeAll, type TrendPoint, type TrendSummaries, type TrendSummary } from './trend';
export { computeTrend, TrendTracker } from './trend-tracker';
export { isoWeek, weekStart } from './week';
