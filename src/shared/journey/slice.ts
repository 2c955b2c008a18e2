import { byOrder, compareOrdered } from '../ordering';
import type {
  BackstageHandoff,
  BackstageLink,
  BackstageStep,
  Channel,
  Department,
  Journey,
  Message,
  Persona,
  Stage,
  SupportSystem,
  Touchpoint,
  Transition,
  Variant,
} from '../schema/tables';
import type { JourneyRows } from './rows';
import { backstageTimeKey, catalogueRanks, touchpointTimeKey } from './time-key';

/**
 * The one answer to "the rows of this journey, in the customer's order": the
 * map, the slides, the PDF/PNG, Mermaid, snapshots and the YAML exchange all
 * start from this, so they tell the same story in the same order.
 *
 * Order: stages by their key (byte order, then id); within a stage, steps by
 * their step key; touchpoints with the same key are parallel (one step).
 * Touchpoints not yet placed in time (step key '', made before steps existed
 * or by an older version) stand at a key derived from their lane and cell
 * order (timeKey.ts): a stage of such touchpoints reads as the map showed it
 * before, lane by lane, and moves place new keys between them without
 * rewriting anyone else's. Within a step, touchpoints go in lane (channel
 * catalogue) order.
 */

export interface Step {
  /** `${stageId}/${key}`. */
  id: string;
  stageId: string;
  stageIndex: number;
  /** The time key its touchpoints share (their step key, or the one derived for rows without one: see timeKey). */
  key: string;
  /** Position in the whole journey (0-based), and within its stage. */
  index: number;
  indexInStage: number;
  /** Parallel touchpoints of this step, in lane order. */
  touchpoints: Touchpoint[];
  /** Backstage steps standing in this step column, in department order. */
  backstage: BackstageStep[];
}

export interface BackstageSlice {
  /** Live backstage steps that have a place on the map, in time order (then department order). */
  steps: BackstageStep[];
  /** Live backstage steps that serve no touchpoint on the map: listed so they are not lost (placed or not). */
  unlinked: BackstageStep[];
  /** Live backstage steps with neither a touchpoint nor a stage of this journey: only listed. */
  unplaced: BackstageStep[];
  archived: BackstageStep[];
  /** Links between a live backstage step and a touchpoint on the map. */
  links: BackstageLink[];
  /** Every live link row of the journey, whatever its ends (for duplicate checks). */
  allLinks: BackstageLink[];
  /** Touchpoint id → the backstage steps serving it. */
  servedBy: Map<string, BackstageStep[]>;
  /** Backstage step id → the touchpoints on the map it serves, in time order. */
  serves: Map<string, Touchpoint[]>;
  /** Hand-offs between two placed or unlinked live backstage steps (a hand-off to itself is left out). */
  handoffs: BackstageHandoff[];
  /** Every live hand-off row of the journey. */
  allHandoffs: BackstageHandoff[];
  byId: Map<string, BackstageStep>;
}

export interface JourneySlice {
  journey: Journey;
  persona: Persona | null;
  stages: Stage[];
  /** Every step of the journey in time order. */
  steps: Step[];
  /** [stageIndex] → that stage's steps in order (empty for an empty stage). */
  stepsByStage: Step[][];
  /** Touchpoints on the map (live, with a stage of this journey and a channel), in time order. */
  touchpoints: Touchpoint[];
  touchpointById: Map<string, Touchpoint>;
  /** Touchpoint or backstage step id → the step it stands in. */
  stepOf: Map<string, Step>;
  /** Active touchpoints without a stage of this journey or without a channel: listed apart, never dropped. */
  orphans: Touchpoint[];
  archived: Touchpoint[];
  /** Transitions with both ends on the map (a self-loop left out). */
  transitions: Transition[];
  /** Every live transition row of the journey, for duplicate checks. */
  allTransitions: Transition[];
  backstage: BackstageSlice;
  /** Core messages: of touchpoints on the map (in time order), then of stages (stage order), then of the journey. */
  messages: Message[];
  /** Variants of those messages, grouped by message in message order. */
  variants: Variant[];
  /** Catalogues by id (deleted rows left out, archived ones kept: old touchpoints still name them). */
  channels: Map<string, Channel>;
  departments: Map<string, Department>;
  systems: Map<string, SupportSystem>;
}

function compareBy(rank: Map<string, number>, a: string | null, b: string | null): number {
  const ra = a === null ? Infinity : (rank.get(a) ?? Infinity);
  const rb = b === null ? Infinity : (rank.get(b) ?? Infinity);
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (a === b) return 0;
  return (a ?? '') < (b ?? '') ? -1 : 1;
}

export function buildJourneySlice(rows: JourneyRows): JourneySlice {
  const journeyId = rows.journey.id;
  const mine = <R extends { journey_id: string | null; tombstone: boolean }>(list: readonly R[]): R[] =>
    list.filter((r) => r.journey_id === journeyId && !r.tombstone);

  const stages = byOrder(mine(rows.stages));
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const channelRank = catalogueRanks(rows.channels);
  const departmentRank = catalogueRanks(rows.departments);

  // Touchpoints: on the map, orphaned or archived.
  const placed: Touchpoint[] = [];
  const orphans: Touchpoint[] = [];
  const archived: Touchpoint[] = [];
  for (const tp of mine(rows.touchpoints)) {
    if (tp.archived) archived.push(tp);
    else if (tp.stage_id !== null && stageIndex.has(tp.stage_id) && tp.channel_id !== null) placed.push(tp);
    else orphans.push(tp);
  }
  const byLane = (a: Touchpoint, b: Touchpoint): number =>
    compareBy(channelRank, a.channel_id, b.channel_id) || compareOrdered(a, b);

  // Backstage rows of the journey and which touchpoints they serve.
  const touchpointById = new Map(placed.map((tp) => [tp.id, tp]));
  const liveBackstage: BackstageStep[] = [];
  const archivedBackstage: BackstageStep[] = [];
  for (const b of mine(rows.backstageSteps)) (b.archived ? archivedBackstage : liveBackstage).push(b);
  const backstageById = new Map(liveBackstage.map((b) => [b.id, b]));
  const allLinks = mine(rows.backstageLinks);
  const links: BackstageLink[] = [];
  const servedIds = new Map<string, Set<string>>();
  for (const link of allLinks) {
    if (link.backstage_step_id === null || link.touchpoint_id === null) continue;
    if (!backstageById.has(link.backstage_step_id) || !touchpointById.has(link.touchpoint_id)) continue;
    let set = servedIds.get(link.backstage_step_id);
    if (!set) servedIds.set(link.backstage_step_id, (set = new Set()));
    if (set.has(link.touchpoint_id)) continue; // the same link made twice (two devices)
    set.add(link.touchpoint_id);
    links.push(link);
  }

  // Steps per stage, by key; rows not yet placed in time stand at the key derived from their lane (timeKey).
  const buckets: Map<string, Step>[] = stages.map(() => new Map());
  const stepOf = new Map<string, Step>();
  const stepFor = (stageId: string, key: string): Step => {
    const bucket = buckets[stageIndex.get(stageId)!]!;
    let step = bucket.get(key);
    if (!step) {
      step = {
        id: `${stageId}/${key}`,
        stageId,
        stageIndex: stageIndex.get(stageId)!,
        key,
        index: 0,
        indexInStage: 0,
        touchpoints: [],
        backstage: [],
      };
      bucket.set(key, step);
    }
    return step;
  };
  placed.sort(byLane);
  for (const tp of placed) {
    const step = stepFor(tp.stage_id!, touchpointTimeKey(tp, channelRank));
    step.touchpoints.push(tp);
    stepOf.set(tp.id, step);
  }
  // Unlinked backstage steps stand where they were put (their own stage and key).
  const unlinked: BackstageStep[] = [];
  const unplaced: BackstageStep[] = [];
  for (const b of byOrder(liveBackstage)) {
    if (servedIds.has(b.id)) continue;
    unlinked.push(b);
    if (b.stage_id === null || !stageIndex.has(b.stage_id)) {
      unplaced.push(b);
      continue;
    }
    const step = stepFor(b.stage_id, backstageTimeKey(b));
    step.backstage.push(b);
    stepOf.set(b.id, step);
  }

  const steps: Step[] = [];
  const stepsByStage = buckets.map((bucket) => {
    const list = [...bucket.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    list.forEach((step, i) => {
      step.indexInStage = i;
      step.index = steps.length;
      steps.push(step);
    });
    return list;
  });

  const touchpoints: Touchpoint[] = [];
  for (const step of steps) for (const tp of step.touchpoints) touchpoints.push(tp);
  const timeIndex = new Map(touchpoints.map((tp, i) => [tp.id, i]));

  // Linked backstage steps stand in the column of the first touchpoint they serve.
  const serves = new Map<string, Touchpoint[]>();
  const servedBy = new Map<string, BackstageStep[]>();
  for (const [backstageId, ids] of servedIds) {
    const list = [...ids].map((id) => touchpointById.get(id)!);
    list.sort((a, b) => timeIndex.get(a.id)! - timeIndex.get(b.id)!);
    serves.set(backstageId, list);
    const b = backstageById.get(backstageId)!;
    for (const tp of list) {
      const served = servedBy.get(tp.id);
      if (served) served.push(b);
      else servedBy.set(tp.id, [b]);
    }
    const step = stepOf.get(list[0]!.id)!;
    step.backstage.push(b);
    stepOf.set(b.id, step);
  }
  const byDepartment = (a: BackstageStep, b: BackstageStep): number =>
    compareBy(departmentRank, a.department_id, b.department_id) || compareOrdered(a, b);
  const placedBackstage: BackstageStep[] = [];
  for (const step of steps) {
    step.backstage.sort(byDepartment);
    for (const b of step.backstage) placedBackstage.push(b);
  }

  const allTransitions = mine(rows.transitions);
  const transitions = allTransitions.filter(
    (t) =>
      t.from_touchpoint_id !== null &&
      t.to_touchpoint_id !== null &&
      t.from_touchpoint_id !== t.to_touchpoint_id &&
      touchpointById.has(t.from_touchpoint_id) &&
      touchpointById.has(t.to_touchpoint_id),
  );
  const allHandoffs = mine(rows.backstageHandoffs);
  const handoffs = allHandoffs.filter(
    (h) =>
      h.from_step_id !== null &&
      h.to_step_id !== null &&
      h.from_step_id !== h.to_step_id &&
      backstageById.has(h.from_step_id) &&
      backstageById.has(h.to_step_id),
  );

  const { messages, variants } = messagesOf(rows, touchpoints, stages);

  return {
    journey: rows.journey,
    persona: rows.persona && !rows.persona.tombstone ? rows.persona : null,
    stages,
    steps,
    stepsByStage,
    touchpoints,
    touchpointById,
    stepOf,
    orphans: byOrder(orphans),
    archived: byOrder(archived),
    transitions,
    allTransitions,
    backstage: {
      steps: placedBackstage,
      unlinked,
      unplaced,
      archived: byOrder(archivedBackstage),
      links,
      allLinks,
      servedBy,
      serves,
      handoffs,
      allHandoffs,
      byId: backstageById,
    },
    messages,
    variants,
    channels: new Map(rows.channels.filter((c) => !c.tombstone).map((c) => [c.id, c])),
    departments: new Map(rows.departments.filter((d) => !d.tombstone).map((d) => [d.id, d])),
    systems: new Map(rows.systems.filter((s) => !s.tombstone).map((s) => [s.id, s])),
  };
}

function messagesOf(
  rows: JourneyRows,
  touchpoints: readonly Touchpoint[],
  stages: readonly Stage[],
): { messages: Message[]; variants: Variant[] } {
  const tpOrder = new Map(touchpoints.map((tp, i) => [tp.id, i]));
  const stageOrder = new Map(stages.map((s, i) => [s.id, i]));
  // Touchpoint messages first (time order), then stage messages, then the journey's own.
  const rank = (m: Message): number => {
    if (m.touchpoint_id !== null) return tpOrder.get(m.touchpoint_id) ?? -1;
    if (m.stage_id !== null && stageOrder.has(m.stage_id)) return touchpoints.length + stageOrder.get(m.stage_id)!;
    return m.journey_id === rows.journey.id ? touchpoints.length + stages.length : -1;
  };
  const ranked: { m: Message; r: number }[] = [];
  for (const m of rows.messages) {
    if (m.tombstone) continue;
    const r = rank(m);
    if (r >= 0) ranked.push({ m, r });
  }
  ranked.sort((a, b) => a.r - b.r || (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0));
  const messages = ranked.map((x) => x.m);
  const messageOrder = new Map(messages.map((m, i) => [m.id, i]));
  const variants = rows.variants
    .filter((v) => !v.tombstone && v.message_id !== null && messageOrder.has(v.message_id))
    .sort(
      (a, b) =>
        messageOrder.get(a.message_id!)! - messageOrder.get(b.message_id!)! ||
        a.precedence - b.precedence ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return { messages, variants };
}
