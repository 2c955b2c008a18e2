import type { Channel } from '../schema/tables';
import type { AnalysisModel, JourneyModel, TouchpointNode, TransitionEdge } from './model';

/**
 * Findings: the places where the customer is not covered, where departments
 * collide and where hand-offs lose the customer. A finding carries ids and
 * `params` only — the renderer turns `kind` + `params` into a sentence in the
 * user's language, so no display text is produced here.
 */

export const FINDING_KINDS = [
  'empty_stage',
  'preferred_channel_missing',
  'no_owner',
  'overlap',
  'silo_handoff',
  'context_lost',
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
  no_back_channel: 'low',
  unwatched_channel: 'high',
};

export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  /** Stable across runs for the same subject, for list keys and "dismissed" state. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  journeyId: string;
  /** The touchpoints behind the finding, for links to the map (empty for an empty stage). */
  touchpointIds: string[];
  stageId?: string;
  channelId?: string;
  departmentIds?: string[];
  /** The transition to fix, for silo_handoff and context_lost. */
  transitionId?: string;
  params: FindingParams;
}

interface Names {
  channels: Map<string, Channel>;
  channel: (id: string | null) => string;
  department: (id: string | null) => string;
}

function namesOf(model: AnalysisModel): Names {
  const channels = new Map(model.channels.map((c) => [c.id, c]));
  const departments = new Map(model.departments.map((d) => [d.id, d.name]));
  return {
    channels,
    channel: (id) => (id === null ? '' : (channels.get(id)?.name ?? '')),
    department: (id) => (id === null ? '' : (departments.get(id) ?? '')),
  };
}

function finding(kind: FindingKind, journeyId: string, subject: string, rest: Omit<Finding, 'id' | 'kind' | 'severity' | 'journeyId'>): Finding {
  return { id: `${kind}:${journeyId}:${subject}`, kind, severity: FINDING_SEVERITY[kind], journeyId, ...rest };
}

function stageFindings(model: AnalysisModel, j: JourneyModel, names: Names, out: Finding[]): void {
  const journeyId = j.journey.id;
  // Preferred channels the persona uses that still exist; archived ones cannot be added anyway.
  const preferred = (j.persona?.preferred_channel_ids ?? []).filter((id, i, all) => model.channelIndex.has(id) && all.indexOf(id) === i);
  j.stages.forEach((stage, index) => {
    const tps = j.byStage[index] ?? [];
    const stageParams = { stage: stage.name, position: index + 1 };
    if (tps.length === 0) {
      out.push(finding('empty_stage', journeyId, stage.id, { touchpointIds: [], stageId: stage.id, params: stageParams }));
      // An empty stage is already reported as such; listing every preferred channel there too is noise.
      return;
    }
    for (const channelId of preferred) {
      if (tps.some((tp) => tp.channelId === channelId)) continue;
      out.push(finding('preferred_channel_missing', journeyId, `${stage.id}:${channelId}`, {
        touchpointIds: [], stageId: stage.id, channelId,
        params: { ...stageParams, channel: names.channel(channelId), persona: j.persona?.name ?? '' },
      }));
    }
  });
}

function overlapFindings(model: AnalysisModel, j: JourneyModel, names: Names, out: Finding[]): void {
  const width = model.channels.length;
  const cells = new Map<number, TouchpointNode[]>();
  for (const tp of j.touchpoints) {
    if (tp.channelId === null || tp.ownerId === null) continue;
    const key = tp.stage * width + (model.channelIndex.get(tp.channelId) ?? 0);
    const list = cells.get(key);
    if (list) list.push(tp);
    else cells.set(key, [tp]);
  }
  const order = (id: string): number => model.departmentIndex.get(id) ?? 0;
  for (const tps of [...cells.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1])) {
    const departmentIds = [...new Set(tps.map((tp) => tp.ownerId!))].sort((a, b) => order(a) - order(b));
    if (departmentIds.length < 2) continue;
    const first = tps[0]!;
    const stage = j.stages[first.stage]!;
    out.push(finding('overlap', j.journey.id, `${stage.id}:${first.channelId!}`, {
      touchpointIds: tps.map((tp) => tp.row.id), stageId: stage.id, channelId: first.channelId!, departmentIds,
      params: {
        stage: stage.name, channel: names.channel(first.channelId),
        departments: departmentIds.length, touchpoints: tps.length,
        departmentNames: departmentIds.map((id) => names.department(id)).join(', '),
      },
    }));
  }
}

function touchpointFindings(j: JourneyModel, names: Names, out: Finding[]): void {
  const journeyId = j.journey.id;
  for (const tp of j.touchpoints) {
    const base = {
      touchpointIds: [tp.row.id], stageId: j.stages[tp.stage]!.id,
      ...(tp.channelId === null ? {} : { channelId: tp.channelId }),
    };
    const params = { touchpoint: tp.row.title, stage: j.stages[tp.stage]!.name, channel: names.channel(tp.channelId) };
    if (tp.ownerState !== 'ok') {
      out.push(finding('no_owner', journeyId, tp.row.id, { ...base, params: { ...params, owner: tp.ownerState } }));
    }
    if (!tp.row.back_channel) out.push(finding('no_back_channel', journeyId, tp.row.id, { ...base, params }));
    const channel = tp.channelId === null ? undefined : names.channels.get(tp.channelId);
    if (channel && tp.ownerId === null && (!channel.controlled || !channel.monitored)) {
      const gap = !channel.controlled && !channel.monitored ? 'both' : !channel.controlled ? 'uncontrolled' : 'unmonitored';
      out.push(finding('unwatched_channel', journeyId, tp.row.id, { ...base, params: { ...params, gap } }));
    }
  }
}

/**
 * A transition without context is a silo hand-off when it crosses from one
 * known owner to another; otherwise (same owner, or an end nobody owns — that
 * is its own no_owner finding) it is plain lost context. So every transition
 * that drops context yields exactly one finding.
 */
function transitionFindings(j: JourneyModel, names: Names, out: Finding[]): void {
  const edge = (t: TransitionEdge) => ({
    from: t.from.row.title, to: t.to.row.title,
    fromChannel: names.channel(t.from.channelId), toChannel: names.channel(t.to.channelId),
    fromStage: j.stages[t.from.stage]!.name, toStage: j.stages[t.to.stage]!.name,
  });
  for (const t of j.transitions) {
    if (t.row.carries_context) continue;
    const ids = { touchpointIds: [t.from.row.id, t.to.row.id], transitionId: t.row.id };
    const a = t.from.ownerId;
    const b = t.to.ownerId;
    if (a !== null && b !== null && a !== b) {
      out.push(finding('silo_handoff', j.journey.id, t.row.id, {
        ...ids, departmentIds: [a, b],
        params: { ...edge(t), fromDepartment: names.department(a), toDepartment: names.department(b) },
      }));
    } else {
      out.push(finding('context_lost', j.journey.id, t.row.id, {
        ...ids, ...(a !== null && a === b ? { departmentIds: [a] } : {}),
        params: { ...edge(t), department: names.department(a ?? b) },
      }));
    }
  }
}

/** All findings, journey by journey; within a journey grouped by the order of FINDING_KINDS. */
export function findingsOf(model: AnalysisModel): Finding[] {
  const names = namesOf(model);
  const rank = new Map(FINDING_KINDS.map((k, i) => [k, i]));
  const all: Finding[] = [];
  for (const j of model.journeys) {
    const out: Finding[] = [];
    stageFindings(model, j, names, out);
    touchpointFindings(j, names, out);
    overlapFindings(model, j, names, out);
    transitionFindings(j, names, out);
    // Stable sort keeps map order within a kind.
    out.sort((a, b) => rank.get(a.kind)! - rank.get(b.kind)!);
    for (const f of out) all.push(f);
  }
  return all;
}

export function countFindings(findings: readonly Finding[]): { byKind: Record<FindingKind, number>; bySeverity: Record<Severity, number> } {
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) {
    byKind[f.kind] += 1;
    bySeverity[f.severity] += 1;
  }
  return { byKind, bySeverity };
}
