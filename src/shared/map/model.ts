import { byOrder, compareOrdered } from '../ordering';
import type { Channel, Stage, Touchpoint, Transition } from '../schema/tables';

/**
 * The journey map as data: stages are columns, the channels the journey uses
 * are lanes, and each cell (stage × channel) holds its touchpoints in their
 * fractional order. Everything the map draws or checks starts from here.
 */

export interface Lane {
  channelId: string;
  /** Null when the channel row is gone (deleted elsewhere): the lane stays so its cards are not lost. */
  channel: Channel | null;
  /** Touchpoints may not be dropped here (archived or missing channel). */
  closed: boolean;
  /** The most cards in any cell of this lane. */
  depth: number;
}

export interface Placement {
  stageIndex: number;
  laneIndex: number;
  /** Position within the cell, from the top. */
  slot: number;
}

export interface MapModel {
  journeyId: string;
  stages: Stage[];
  lanes: Lane[];
  /** cellKey(stageId, channelId) → the cell's touchpoints, in order. */
  cells: Map<string, Touchpoint[]>;
  /** Touchpoints on the map (active, with a stage and a lane). */
  touchpoints: Map<string, Touchpoint>;
  placement: Map<string, Placement>;
  /** Active touchpoints that have no stage of this journey or no channel: shown apart, never dropped silently. */
  orphans: Touchpoint[];
  archived: Touchpoint[];
  /** Transitions whose both ends are on the map. */
  transitions: Transition[];
  /** Every live transition of the journey, for the duplicate check. */
  allTransitions: Transition[];
}

export interface MapInput {
  journeyId: string;
  stages: readonly Stage[];
  channels: readonly Channel[];
  touchpoints: readonly Touchpoint[];
  transitions: readonly Transition[];
  /** Lanes the user opened with "add channel" that hold no touchpoint yet. */
  extraChannelIds?: readonly string[];
}

export function cellKey(stageId: string, channelId: string): string {
  return `${stageId}\u0000${channelId}`;
}

export function buildMapModel(input: MapInput): MapModel {
  const { journeyId } = input;
  const stages = byOrder(input.stages.filter((s) => s.journey_id === journeyId && !s.tombstone));
  const stageIds = new Set(stages.map((s) => s.id));
  const channelsById = new Map(input.channels.filter((c) => !c.tombstone).map((c) => [c.id, c]));

  const placed: Touchpoint[] = [];
  const orphans: Touchpoint[] = [];
  const archived: Touchpoint[] = [];
  for (const tp of input.touchpoints) {
    if (tp.journey_id !== journeyId || tp.tombstone) continue;
    if (tp.archived) archived.push(tp);
    else if (tp.stage_id && stageIds.has(tp.stage_id) && tp.channel_id) placed.push(tp);
    else orphans.push(tp);
  }

  const cells = new Map<string, Touchpoint[]>();
  const laneIds = new Set<string>();
  for (const tp of byOrder(placed)) {
    const key = cellKey(tp.stage_id!, tp.channel_id!);
    let list = cells.get(key);
    if (!list) cells.set(key, (list = []));
    list.push(tp);
    laneIds.add(tp.channel_id!);
  }
  for (const id of input.extraChannelIds ?? []) {
    const channel = channelsById.get(id);
    if (channel && !channel.archived) laneIds.add(id);
  }

  const lanes = orderLanes([...laneIds], channelsById);
  const laneIndex = new Map(lanes.map((l, i) => [l.channelId, i]));
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const touchpoints = new Map<string, Touchpoint>();
  const placement = new Map<string, Placement>();
  for (const list of cells.values()) {
    list.forEach((tp, slot) => {
      touchpoints.set(tp.id, tp);
      const lane = laneIndex.get(tp.channel_id!)!;
      placement.set(tp.id, { stageIndex: stageIndex.get(tp.stage_id!)!, laneIndex: lane, slot });
      lanes[lane]!.depth = Math.max(lanes[lane]!.depth, list.length);
    });
  }

  const allTransitions = input.transitions.filter((t) => t.journey_id === journeyId && !t.tombstone);
  const transitions = allTransitions.filter(
    (t) =>
      t.from_touchpoint_id !== null &&
      t.to_touchpoint_id !== null &&
      touchpoints.has(t.from_touchpoint_id) &&
      touchpoints.has(t.to_touchpoint_id),
  );

  return {
    journeyId,
    stages,
    lanes,
    cells,
    touchpoints,
    placement,
    orphans: byOrder(orphans),
    archived: byOrder(archived),
    transitions,
    allTransitions,
  };
}

/** Lanes in the catalogue's channel order; channels that no longer exist go last. */
function orderLanes(ids: readonly string[], channels: ReadonlyMap<string, Channel>): Lane[] {
  const known = byOrder(ids.map((id) => channels.get(id)).filter((c): c is Channel => c !== undefined));
  const unknown = ids.filter((id) => !channels.has(id)).sort();
  return [
    ...known.map((channel) => ({ channelId: channel.id, channel, closed: channel.archived, depth: 0 })),
    ...unknown.map((channelId) => ({ channelId, channel: null, closed: true, depth: 0 })),
  ];
}

/** The cell's touchpoints in order (empty when the cell is empty). */
export function cellOf(model: MapModel, stageId: string, channelId: string): readonly Touchpoint[] {
  return model.cells.get(cellKey(stageId, channelId)) ?? [];
}

/** Channels a user can open a new lane for: active, not already a lane. */
export function channelsWithoutLane(model: MapModel, channels: readonly Channel[]): Channel[] {
  const used = new Set(model.lanes.map((l) => l.channelId));
  return [...channels].filter((c) => !c.tombstone && !c.archived && !used.has(c.id)).sort(compareOrdered);
}
