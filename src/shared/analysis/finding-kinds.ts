/**
 * What a finding is, apart from how it is detected. A finding carries ids and
 * `params` only — the renderer turns `kind` + `params` into a sentence in the
 * user's language, so no display text is produced in shared code.
 */

export const FINDING_KINDS = [
  'empty_stage',
  'preferred_channel_missing',
  'no_owner',
  'overlap',
  'silo_handoff',
  'context_lost',
  'backstage_silo_handoff',
  'backstage_context_lost',
  'no_back_channel',
  'unwatched_channel',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Severity follows what the customer suffers: nobody there or nobody
 * responsible (high) hurts more than friction (medium) or a missing way to
 * answer back (low, common on broadcast channels such as print or push).
 */
export const FINDING_SEVERITY: Readonly<Record<FindingKind, Severity>> = {
  empty_stage: 'high',
  preferred_channel_missing: 'medium',
  no_owner: 'high',
  overlap: 'medium',
  silo_handoff: 'high',
  context_lost: 'medium',
  backstage_silo_handoff: 'high',
  backstage_context_lost: 'medium',
  no_back_channel: 'low',
  unwatched_channel: 'high',
};

/** The order findings are listed in within a journey: most severe first, then FINDING_KINDS order. */
export const KIND_ORDER: readonly FindingKind[] = [...FINDING_KINDS].sort(
  (a, b) => SEVERITIES.indexOf(FINDING_SEVERITY[a]) - SEVERITIES.indexOf(FINDING_SEVERITY[b]),
);

/**
 * What each kind puts into `params`. Names are the user's own data (stage,
 * channel, touchpoint titles), values in quotes are codes to translate:
 *
 * - empty_stage: stage, position (1-based)
 * - preferred_channel_missing: stage, position, channel, persona
 * - no_owner: touchpoint, stage, channel, owner ('none' | 'missing' | 'archived')
 * - overlap: stage, channel, departments (count), touchpoints (count); the departments are in departmentIds
 * - silo_handoff: from, to (touchpoint titles), fromChannel, toChannel, fromStage, toStage, fromDepartment, toDepartment
 * - context_lost: from, to, fromChannel, toChannel, fromStage, toStage, department ('' when neither end is owned)
 * - backstage_silo_handoff: from, to (backstage step titles), fromDepartment, toDepartment, fromStage, toStage,
 *   touchpoint (the first touchpoint either end serves, '' when none)
 * - backstage_context_lost: from, to, fromStage, toStage, department ('' when neither end has one), touchpoint
 * - no_back_channel: touchpoint, stage, channel
 * - unwatched_channel: touchpoint, stage, channel, gap ('uncontrolled' | 'unmonitored' | 'both')
 *
 * channel is '' when the touchpoint's channel is unset or archived.
 */
export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  /** Stable across runs for the same subject, for list keys and "dismissed" state. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  journeyId: string;
  /** The touchpoints behind the finding, for links to the map (empty for a stage-level finding). */
  touchpointIds: string[];
  stageId?: string;
  channelId?: string;
  departmentIds?: string[];
  /** The transition to fix, for silo_handoff and context_lost. */
  transitionId?: string;
  /** The backstage hand-off to fix, for backstage_silo_handoff and backstage_context_lost. */
  backstageHandoffId?: string;
  params: FindingParams;
}

export interface FindingCounts {
  total: number;
  byKind: Record<FindingKind, number>;
  bySeverity: Record<Severity, number>;
}

export function emptyCounts(): FindingCounts {
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  return { total: 0, byKind, bySeverity: { high: 0, medium: 0, low: 0 } };
}

export function addCount(counts: FindingCounts, kind: FindingKind): void {
  counts.total += 1;
  counts.byKind[kind] += 1;
  counts.bySeverity[FINDING_SEVERITY[kind]] += 1;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = emptyCounts();
  for (const f of findings) addCount(counts, f.kind);
  return counts;
}
