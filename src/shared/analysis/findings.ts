import type { Channel, Stage } from '../schema/tables';
import {
  FINDING_SEVERITY,
  KIND_ORDER,
  addCount,
  emptyCounts,
  type Finding,
  type FindingCounts,
  type FindingKind,
  type FindingParams,
} from './finding-kinds';
import type { AnalysisModel, JourneyModel, TouchpointNode } from './model';

/**
 * The detectors: where the customer is not covered, where departments collide
 * and where hand-offs lose the customer. The dashboard gets the findings, the
 * weekly trend only their counts — a workspace can have ten thousand findings,
 * and building each object every week would dominate the trend.
 */

/**
 * Where detectors report to. `take` is asked first: the list sink wants the
 * finding built, the counting sink only counts and declines, so the trend
 * never builds objects it would throw away.
 */
interface Sink {
  take(kind: FindingKind): boolean;
  push(finding: Finding): void;
}

interface Context {
  model: AnalysisModel;
  channels: Map<string, Channel>;
  departmentNames: Map<string, string>;
  sink: Sink;
}

const channelName = (c: Context, id: string | null): string => (id === null ? '' : (c.channels.get(id)?.name ?? ''));
const departmentName = (c: Context, id: string | null): string =>
  id === null ? '' : (c.departmentNames.get(id) ?? '');

/**
 * Every finding is built by this one literal with every field present
 * (undefined when it does not apply), and params are complete literals too:
 * adding properties afterwards gives each object a second allocation, and a
 * large workspace has ten thousand findings.
 */
function make(
  kind: FindingKind,
  journeyId: string,
  subject: string,
  params: FindingParams,
  touchpointIds: string[],
  stageId?: string,
  channelId?: string,
  departmentIds?: string[],
  transitionId?: string,
  backstageHandoffId?: string,
): Finding {
  return {
    // Row ids are globally unique, so the subject alone identifies the finding within its kind.
    id: `${kind}:${subject}`,
    kind,
    severity: FINDING_SEVERITY[kind],
    journeyId,
    touchpointIds,
    stageId,
    channelId,
    departmentIds,
    transitionId,
    backstageHandoffId,
    params,
  };
}

function stageFindings(c: Context, j: JourneyModel): void {
  const journeyId = j.journey.id;
  // Preferred channels that still exist; an archived channel cannot be added to a stage anyway.
  const preferred = [...new Set(j.persona?.preferred_channel_ids ?? [])].filter((id) => c.model.channelIndex.has(id));
  j.stages.forEach((stage, index) => {
    const tps = j.byStage[index] ?? [];
    if (tps.length === 0) {
      if (c.sink.take('empty_stage')) {
        c.sink.push(make('empty_stage', journeyId, stage.id, { stage: stage.name, position: index + 1 }, [], stage.id));
      }
      // The empty stage is the finding; listing every preferred channel there too is noise.
      return;
    }
    for (const channelId of preferred) {
      if (tps.some((tp) => tp.channelId === channelId) || !c.sink.take('preferred_channel_missing')) continue;
      const params = {
        stage: stage.name,
        position: index + 1,
        channel: channelName(c, channelId),
        persona: j.persona?.name ?? '',
      };
      c.sink.push(
        make('preferred_channel_missing', journeyId, `${stage.id}:${channelId}`, params, [], stage.id, channelId),
      );
    }
  });
}

function where(c: Context, tp: TouchpointNode, stage: Stage): { touchpoint: string; stage: string; channel: string } {
  return { touchpoint: tp.row.title, stage: stage.name, channel: channelName(c, tp.channelId) };
}

function touchpointFindings(c: Context, j: JourneyModel): void {
  const journeyId = j.journey.id;
  for (const tp of j.touchpoints) {
    const id = tp.row.id;
    const stage: Stage = j.stages[tp.stage]!;
    const channelId = tp.channelId ?? undefined;
    if (tp.ownerState !== 'ok' && c.sink.take('no_owner')) {
      const params = { ...where(c, tp, stage), owner: tp.ownerState };
      c.sink.push(make('no_owner', journeyId, id, params, [id], stage.id, channelId));
    }
    if (!tp.backChannel && c.sink.take('no_back_channel')) {
      c.sink.push(make('no_back_channel', journeyId, id, where(c, tp, stage), [id], stage.id, channelId));
    }
    if (tp.ownerId !== null || tp.channelId === null) continue;
    const channel = c.channels.get(tp.channelId);
    if (!channel || (channel.controlled && channel.monitored) || !c.sink.take('unwatched_channel')) continue;
    const gap =
      !channel.controlled && !channel.monitored ? 'both' : !channel.controlled ? 'uncontrolled' : 'unmonitored';
    c.sink.push(make('unwatched_channel', journeyId, id, { ...where(c, tp, stage), gap }, [id], stage.id, channelId));
  }
}

function overlapFindings(c: Context, j: JourneyModel): void {
  const { departmentIndex } = c.model;
  const width = c.model.channels.length;
  // A dense stage × channel grid in map order: no hashing and no sorting of keys.
  const cells: (TouchpointNode[] | undefined)[] = new Array(j.stages.length * width);
  for (const tp of j.touchpoints) {
    if (tp.channel < 0 || tp.owner < 0) continue;
    const key = tp.stage * width + tp.channel;
    const list = cells[key];
    if (list) list.push(tp);
    else cells[key] = [tp];
  }
  const order = (id: string): number => departmentIndex.get(id) ?? 0;
  for (const tps of cells) {
    if (!tps || tps.length < 2) continue;
    const first = tps[0]!;
    if (tps.every((tp) => tp.ownerId === first.ownerId) || !c.sink.take('overlap')) continue;
    const departmentIds = [...new Set(tps.map((tp) => tp.ownerId!))].sort((a, b) => order(a) - order(b));
    const stage = j.stages[first.stage]!;
    const channelId = first.channelId!;
    // The department names are left to the renderer: listing them ("A, B and C") is language-specific.
    const params = {
      stage: stage.name,
      channel: channelName(c, channelId),
      departments: departmentIds.length,
      touchpoints: tps.length,
    };
    c.sink.push(
      make(
        'overlap',
        j.journey.id,
        `${stage.id}:${channelId}`,
        params,
        tps.map((tp) => tp.row.id),
        stage.id,
        channelId,
        departmentIds,
      ),
    );
  }
}

/**
 * A transition without context is a silo hand-off when it crosses from one
 * known owner to another; otherwise (same owner, or an end nobody owns — that
 * is its own no_owner finding) it is plain lost context. So every transition
 * that drops context yields exactly one finding.
 */
function transitionFindings(c: Context, j: JourneyModel): void {
  for (const t of j.transitions) {
    if (t.carriesContext) continue;
    const a = t.from.ownerId;
    const b = t.to.ownerId;
    const silo = a !== null && b !== null && a !== b;
    const kind: FindingKind = silo ? 'silo_handoff' : 'context_lost';
    if (!c.sink.take(kind)) continue;
    const from = t.from.row.title;
    const to = t.to.row.title;
    const fromChannel = channelName(c, t.from.channelId);
    const toChannel = channelName(c, t.to.channelId);
    const fromStage = j.stages[t.from.stage]!.name;
    const toStage = j.stages[t.to.stage]!.name;
    const ids = [t.from.row.id, t.to.row.id];
    if (silo) {
      const params = {
        from,
        to,
        fromChannel,
        toChannel,
        fromStage,
        toStage,
        fromDepartment: departmentName(c, a),
        toDepartment: departmentName(c, b),
      };
      c.sink.push(make(kind, j.journey.id, t.row.id, params, ids, undefined, undefined, [a, b], t.row.id));
    } else {
      const params = { from, to, fromChannel, toChannel, fromStage, toStage, department: departmentName(c, a ?? b) };
      const departmentIds = a !== null && a === b ? [a] : undefined;
      c.sink.push(make(kind, j.journey.id, t.row.id, params, ids, undefined, undefined, departmentIds, t.row.id));
    }
  }
}

/** Backstage hand-offs that lose context: between two departments a silo, else plain lost context (backstage.ts). */
function backstageFindings(c: Context, j: JourneyModel): void {
  const journeyId = j.journey.id;
  for (const e of c.model.backstage.get(journeyId) ?? []) {
    if (e.carriesContext) continue;
    const kind: FindingKind = e.silo ? 'backstage_silo_handoff' : 'backstage_context_lost';
    if (!c.sink.take(kind)) continue;
    const stageName = (i: number) => (i >= 0 ? (j.stages[i]?.name ?? '') : '');
    const first = e.touchpointIds[0];
    const touchpoint = first === undefined ? '' : (j.touchpoints.find((n) => n.row.id === first)?.row.title ?? '');
    const base = {
      from: e.from.title,
      to: e.to.title,
      fromStage: stageName(e.fromStage),
      toStage: stageName(e.toStage),
      touchpoint,
    };
    const params = e.silo
      ? {
          ...base,
          fromDepartment: departmentName(c, e.fromDepartmentId),
          toDepartment: departmentName(c, e.toDepartmentId),
        }
      : { ...base, department: departmentName(c, e.fromDepartmentId ?? e.toDepartmentId) };
    const departmentIds = [...new Set([e.fromDepartmentId, e.toDepartmentId].filter((d): d is string => d !== null))];
    c.sink.push(
      make(
        kind,
        journeyId,
        e.row.id,
        params,
        e.touchpointIds,
        undefined,
        undefined,
        departmentIds,
        undefined,
        e.row.id,
      ),
    );
  }
}

function detect(model: AnalysisModel, sink: Sink, afterJourney: () => void): void {
  const c: Context = {
    model,
    sink,
    channels: new Map(model.channels.map((ch) => [ch.id, ch])),
    departmentNames: new Map(model.departments.map((d) => [d.id, d.name])),
  };
  for (const j of model.journeys) {
    stageFindings(c, j);
    touchpointFindings(c, j);
    overlapFindings(c, j);
    transitionFindings(c, j);
    backstageFindings(c, j);
    afterJourney();
  }
}

/**
 * All findings, journey by journey; within a journey the most severe first,
 * then in the order of FINDING_KINDS, then in map order — what to fix first on top.
 */
export function findingsOf(model: AnalysisModel): Finding[] {
  const buckets = new Map<FindingKind, Finding[]>(KIND_ORDER.map((k) => [k, []]));
  const all: Finding[] = [];
  const sink: Sink = { take: () => true, push: (f) => buckets.get(f.kind)!.push(f) };
  detect(model, sink, () => {
    for (const list of buckets.values()) {
      for (const f of list) all.push(f);
      list.length = 0;
    }
  });
  return all;
}

/** The same findings as findingsOf, counted without building them. */
export function countFindingsOf(model: AnalysisModel): FindingCounts {
  const counts = emptyCounts();
  const sink: Sink = { take: (kind) => (addCount(counts, kind), false), push: () => undefined };
  detect(model, sink, () => undefined);
  return counts;
}

/** countFindingsOf per journey, in model.journeys order: a journey's own findings, as its overview lists them. */
export function countFindingsByJourney(model: AnalysisModel): FindingCounts[] {
  const all: FindingCounts[] = [];
  let counts = emptyCounts();
  const sink: Sink = { take: (kind) => (addCount(counts, kind), false), push: () => undefined };
  detect(model, sink, () => {
    all.push(counts);
    counts = emptyCounts();
  });
  return all;
}
