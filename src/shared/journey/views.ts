import { byOrder } from '../ordering';
import type { BackstageStep, Department, Touchpoint } from '../schema/tables';
import type { JourneySlice, Step } from './slice';

/**
 * What the views made from a journey slice (slides, PDF, PNG, Mermaid,
 * snapshots) ask of it beyond the slice itself: a time axis that keeps empty
 * stages visible, the hand-offs that lose context numbered once for all of
 * them, and the lanes in use. Pure and shared, so every view counts and
 * orders the same way.
 */

/** One place on a view's time axis: a step, or an empty stage (so it still has a column). */
export interface TimeColumn {
  /** Position among the journey's columns (0-based). */
  index: number;
  stageIndex: number;
  /** Null for the one column of a stage without steps. */
  step: Step | null;
}

export function timeColumns(slice: JourneySlice): TimeColumn[] {
  const columns: TimeColumn[] = [];
  slice.stages.forEach((_, stageIndex) => {
    const steps = slice.stepsByStage[stageIndex]!;
    if (steps.length === 0) columns.push({ index: columns.length, stageIndex, step: null });
    for (const step of steps) columns.push({ index: columns.length, stageIndex, step });
  });
  return columns;
}

/** A transition between touchpoints (front stage) or a hand-off between backstage steps that loses context. */
export interface LostHandoff {
  /** 1-based, in the time order of where it starts; front and backstage counted together. */
  number: number;
  layer: 'front' | 'back';
  /** The transition's or backstage hand-off's row id. */
  id: string;
  fromId: string;
  toId: string;
  /** The steps its ends stand in; null for a backstage step placed nowhere (listed, not drawn). */
  fromStep: Step | null;
  toStep: Step | null;
  /** Its ends belong to two different departments: a silo break, not only a lost thread. */
  crossesDepartments: boolean;
}

export function lostHandoffs(slice: JourneySlice): LostHandoff[] {
  const stepIndex = (s: Step | null) => (s === null ? Infinity : s.index);
  const out: LostHandoff[] = [];
  for (const t of slice.transitions) {
    if (t.carries_context) continue;
    const from = slice.touchpointById.get(t.from_touchpoint_id!)!;
    const to = slice.touchpointById.get(t.to_touchpoint_id!)!;
    out.push({
      number: 0,
      layer: 'front',
      id: t.id,
      fromId: from.id,
      toId: to.id,
      fromStep: slice.stepOf.get(from.id) ?? null,
      toStep: slice.stepOf.get(to.id) ?? null,
      crossesDepartments: differ(from.owner_department_id, to.owner_department_id),
    });
  }
  for (const h of slice.backstage.handoffs) {
    if (h.carries_context) continue;
    const from = slice.backstage.byId.get(h.from_step_id!)!;
    const to = slice.backstage.byId.get(h.to_step_id!)!;
    out.push({
      number: 0,
      layer: 'back',
      id: h.id,
      fromId: from.id,
      toId: to.id,
      fromStep: slice.stepOf.get(from.id) ?? null,
      toStep: slice.stepOf.get(to.id) ?? null,
      crossesDepartments: differ(from.department_id, to.department_id),
    });
  }
  const layerRank = (h: LostHandoff) => (h.layer === 'front' ? 0 : 1);
  out.sort(
    (a, b) =>
      stepIndex(a.fromStep) - stepIndex(b.fromStep) ||
      layerRank(a) - layerRank(b) ||
      stepIndex(a.toStep) - stepIndex(b.toStep) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  out.forEach((h, i) => (h.number = i + 1));
  return out;
}

function differ(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}

/** Touchpoint or backstage step id → the numbers of the lost hand-offs it starts or ends. */
export function handoffNumbers(lost: readonly LostHandoff[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const mark = (id: string, n: number) => {
    const list = map.get(id);
    if (list) list.push(n);
    else map.set(id, [n]);
  };
  for (const h of lost) {
    mark(h.fromId, h.number);
    if (h.toId !== h.fromId) mark(h.toId, h.number);
  }
  return map;
}

/** The lost hand-offs with both ends in this stage: what a stage's slide draws. */
export function lostInStage(lost: readonly LostHandoff[], stageIndex: number): LostHandoff[] {
  return lost.filter((h) => h.fromStep?.stageIndex === stageIndex && h.toStep?.stageIndex === stageIndex);
}

export interface ChannelLane {
  /** Null: touchpoints whose channel row is gone. */
  channelId: string | null;
  name: string;
}

export interface DepartmentLane {
  /** Null: backstage steps without a department. */
  departmentId: string | null;
  department: Department | null;
}

/** The channel of a touchpoint's lane: its channel, or null when that row is gone. */
export function laneChannel(slice: JourneySlice, tp: Touchpoint): string | null {
  return tp.channel_id !== null && slice.channels.has(tp.channel_id) ? tp.channel_id : null;
}

/** Channels with a touchpoint on the map, in catalogue order (a lane for vanished channels last). */
export function channelLanes(slice: JourneySlice): ChannelLane[] {
  const used = new Set(slice.touchpoints.map((tp) => laneChannel(slice, tp)));
  const lanes: ChannelLane[] = byOrder([...slice.channels.values()])
    .filter((c) => used.has(c.id))
    .map((c) => ({ channelId: c.id, name: c.name }));
  if (used.has(null)) lanes.push({ channelId: null, name: '' });
  return lanes;
}

/** The department of a backstage step's lane: its department, or null when unset or gone. */
export function laneDepartment(slice: JourneySlice, b: BackstageStep): string | null {
  return b.department_id !== null && slice.departments.has(b.department_id) ? b.department_id : null;
}

/** Departments with a placed backstage step, in catalogue order (a lane for steps without one last). */
export function departmentLanes(slice: JourneySlice): DepartmentLane[] {
  const used = new Set(slice.backstage.steps.map((b) => laneDepartment(slice, b)));
  const lanes: DepartmentLane[] = byOrder([...slice.departments.values()])
    .filter((d) => used.has(d.id))
    .map((d) => ({ departmentId: d.id, department: d }));
  if (used.has(null)) lanes.push({ departmentId: null, department: null });
  return lanes;
}

/**
 * Departments owning a touchpoint on the map, in catalogue order: a legend's
 * entries. With `backstage`, also those whose backstage steps are shown, so
 * every colour on the page is explained.
 */
export function owningDepartments(slice: JourneySlice, backstage = false): Department[] {
  const owners = new Set<string | null>(slice.touchpoints.map((tp) => tp.owner_department_id));
  if (backstage) for (const b of slice.backstage.steps) owners.add(b.department_id);
  return byOrder([...slice.departments.values()]).filter((d) => owners.has(d.id));
}

/** What the customer thinks, feels and says at a touchpoint, as one line of text ('' when nothing is written). */
export function customerVoice(tp: Pick<Touchpoint, 'thinks' | 'feels' | 'says'>, quote: (s: string) => string): string {
  return [tp.thinks.trim(), tp.feels.trim(), tp.says.trim() ? quote(tp.says.trim()) : ''].filter(Boolean).join(' · ');
}
