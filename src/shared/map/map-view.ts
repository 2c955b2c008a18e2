import type { JourneySlice, Step } from '../journey/slice';
import { byOrder, compareOrdered } from '../ordering';
import type {
  BackstageHandoff,
  BackstageStep,
  Channel,
  Department,
  Stage,
  Touchpoint,
  Transition,
} from '../schema/tables';

/**
 * The journey map as data, in time: stages hold step columns (the slice's
 * steps, in order); the channels the journey uses are the lanes above the
 * line of visibility, the departments working backstage the lanes below it.
 * A touchpoint stands at (its step, its channel); parallel touchpoints of one
 * step stand in the same column; a backstage step stands in the column of the
 * first touchpoint it serves.
 */

export interface Lane {
  channelId: string;
  /** Null when the channel row is gone (deleted elsewhere): the lane stays so its cards are not lost. */
  channel: Channel | null;
  /** Touchpoints may not be dropped here (archived or missing channel). */
  closed: boolean;
  /** The most cards stacked in one step of this lane. */
  depth: number;
  /** Opened on this journey and holding no touchpoint yet: it can be closed. */
  empty: boolean;
}

/** '' stands for backstage steps that have no department (yet). */
export const NO_DEPARTMENT = '';

export interface BackLane {
  departmentId: string;
  /** Null for NO_DEPARTMENT and for a department that no longer exists. */
  department: Department | null;
  depth: number;
  empty: boolean;
}

export interface Placement {
  stepIndex: number;
  laneIndex: number;
  /** Position in its stack (same step, same lane), from the top. */
  slot: number;
}

export interface MapView {
  journeyId: string;
  slice: JourneySlice;
  stages: readonly Stage[];
  steps: readonly Step[];
  lanes: Lane[];
  backLanes: BackLane[];
  /** cellKey(stepId, channelId) → the touchpoints stacked there. */
  cells: Map<string, Touchpoint[]>;
  /** cellKey(stepId, departmentId) → the backstage steps stacked there. */
  backCells: Map<string, BackstageStep[]>;
  touchpoints: ReadonlyMap<string, Touchpoint>;
  placement: Map<string, Placement>;
  backPlacement: Map<string, Placement>;
  orphans: readonly Touchpoint[];
  archived: readonly Touchpoint[];
  transitions: readonly Transition[];
  allTransitions: readonly Transition[];
  handoffs: readonly BackstageHandoff[];
}

export interface OpenLanes {
  /** Lanes opened on this journey that may be empty (journeys.lane_channel_ids / lane_department_ids). */
  channelIds: readonly string[];
  departmentIds: readonly string[];
}

export function cellKey(stepId: string, laneId: string): string {
  return `${stepId}\u0000${laneId}`;
}

export function buildMapView(slice: JourneySlice, open: OpenLanes): MapView {
  const cells = new Map<string, Touchpoint[]>();
  const channelIds = new Set<string>();
  for (const step of slice.steps) {
    for (const tp of step.touchpoints) {
      const key = cellKey(step.id, tp.channel_id!);
      const list = cells.get(key);
      if (list) list.push(tp);
      else cells.set(key, [tp]);
      channelIds.add(tp.channel_id!);
    }
  }
  const usedChannels = new Set(channelIds);
  for (const id of open.channelIds) {
    const c = slice.channels.get(id);
    if (c && !c.archived) channelIds.add(id);
  }
  const lanes = orderLanes([...channelIds], slice.channels, usedChannels);
  const laneIndex = new Map(lanes.map((l, i) => [l.channelId, i]));

  const backCells = new Map<string, BackstageStep[]>();
  const departmentIds = new Set<string>();
  for (const step of slice.steps) {
    for (const b of step.backstage) {
      const dept = departmentOf(b, slice.departments);
      const key = cellKey(step.id, dept);
      const list = backCells.get(key);
      if (list) list.push(b);
      else backCells.set(key, [b]);
      departmentIds.add(dept);
    }
  }
  const usedDepartments = new Set(departmentIds);
  for (const id of open.departmentIds) {
    const d = slice.departments.get(id);
    if (d && !d.archived) departmentIds.add(id);
  }
  const backLanes = orderBackLanes([...departmentIds], slice.departments, usedDepartments);
  const backLaneIndex = new Map(backLanes.map((l, i) => [l.departmentId, i]));

  const placement = new Map<string, Placement>();
  for (const step of slice.steps) {
    // Within a step the slice has them in lane order: one pass stacks each lane's cards.
    let lastLane = -1;
    let slot = 0;
    for (const tp of step.touchpoints) {
      const lane = laneIndex.get(tp.channel_id!)!;
      slot = lane === lastLane ? slot + 1 : 0;
      lastLane = lane;
      placement.set(tp.id, { stepIndex: step.index, laneIndex: lane, slot });
      if (slot + 1 > lanes[lane]!.depth) lanes[lane]!.depth = slot + 1;
    }
  }
  const backPlacement = new Map<string, Placement>();
  for (const [key, list] of backCells) {
    const dept = key.slice(key.indexOf('\u0000') + 1);
    const lane = backLaneIndex.get(dept)!;
    list.forEach((b, slot) => {
      backPlacement.set(b.id, { stepIndex: slice.stepOf.get(b.id)!.index, laneIndex: lane, slot });
    });
    if (list.length > backLanes[lane]!.depth) backLanes[lane]!.depth = list.length;
  }

  return {
    journeyId: slice.journey.id,
    slice,
    stages: slice.stages,
    steps: slice.steps,
    lanes,
    backLanes,
    cells,
    backCells,
    touchpoints: slice.touchpointById,
    placement,
    backPlacement,
    orphans: slice.orphans,
    archived: slice.archived,
    transitions: slice.transitions,
    allTransitions: slice.allTransitions,
    handoffs: slice.backstage.handoffs,
  };
}

function departmentOf(b: BackstageStep, departments: ReadonlyMap<string, Department>): string {
  return b.department_id !== null && departments.has(b.department_id) ? b.department_id : NO_DEPARTMENT;
}

/** Lanes in the catalogue's channel order; channels that no longer exist go last. */
function orderLanes(ids: readonly string[], channels: ReadonlyMap<string, Channel>, used: ReadonlySet<string>): Lane[] {
  const known = byOrder(ids.map((id) => channels.get(id)).filter((c): c is Channel => c !== undefined));
  const unknown = ids.filter((id) => !channels.has(id)).sort();
  return [
    ...known.map((channel) => ({
      channelId: channel.id,
      channel,
      closed: channel.archived,
      depth: 0,
      empty: !used.has(channel.id),
    })),
    ...unknown.map((channelId) => ({ channelId, channel: null, closed: true, depth: 0, empty: false })),
  ];
}

function orderBackLanes(
  ids: readonly string[],
  departments: ReadonlyMap<string, Department>,
  used: ReadonlySet<string>,
): BackLane[] {
  const known = byOrder(ids.map((id) => departments.get(id)).filter((d): d is Department => d !== undefined));
  const lanes: BackLane[] = known.map((department) => ({
    departmentId: department.id,
    department,
    depth: 0,
    empty: !used.has(department.id),
  }));
  if (ids.includes(NO_DEPARTMENT))
    lanes.push({ departmentId: NO_DEPARTMENT, department: null, depth: 0, empty: false });
  return lanes;
}

export function cellOf(view: MapView, stepId: string, channelId: string): readonly Touchpoint[] {
  return view.cells.get(cellKey(stepId, channelId)) ?? [];
}

export function backCellOf(view: MapView, stepId: string, departmentId: string): readonly BackstageStep[] {
  return view.backCells.get(cellKey(stepId, departmentId)) ?? [];
}

/** Channels a user can open a new lane for: active, not already a lane. */
export function channelsWithoutLane(view: MapView, channels: readonly Channel[]): Channel[] {
  const used = new Set(view.lanes.map((l) => l.channelId));
  return [...channels].filter((c) => !c.tombstone && !c.archived && !used.has(c.id)).sort(compareOrdered);
}

/** Departments a user can open a backstage lane for. */
export function departmentsWithoutLane(view: MapView, departments: readonly Department[]): Department[] {
  const used = new Set(view.backLanes.map((l) => l.departmentId));
  return [...departments].filter((d) => !d.tombstone && !d.archived && !used.has(d.id)).sort(compareOrdered);
}
