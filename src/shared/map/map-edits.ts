import type { FieldEdit } from '../changes';
import { isTimeProblem, moveTouchpointInTime, placeInTime, type TimeProblem, type TimeTarget } from '../journey/steps';
import { keyBetween } from '../ordering';
import type { Channel, Journey } from '../schema/tables';
import { rowEdits, fieldEdit } from '../edits';
import { cellOf, type MapView } from './map-view';

/**
 * What the map writes: touchpoints placed in time and lane, lanes opened and
 * closed per journey. Every builder checks first and says why it refuses.
 */

export type DropProblem = 'unknownTouchpoint' | 'noChannel' | 'closedLane' | TimeProblem;

/** Why a touchpoint may not go to this lane, or null. `canOpenLane`: a channel without a lane that may get one. */
export function checkLane(
  view: MapView,
  touchpointId: string | null,
  channelId: string | null,
  canOpenLane: (channelId: string) => boolean = () => false,
): DropProblem | null {
  if (touchpointId !== null && !view.touchpoints.has(touchpointId) && !view.orphans.some((o) => o.id === touchpointId))
    return 'unknownTouchpoint';
  if (channelId === null) return 'noChannel';
  const lane = view.lanes.find((l) => l.channelId === channelId);
  if (lane ? lane.closed : !canOpenLane(channelId)) return 'closedLane';
  return null;
}

/** Stack order: after the cards already in that step and lane. */
function stackKey(view: MapView, stageId: string, stepKey: string, channelId: string, except: string | null): string {
  const cell = cellOf(view, `${stageId}/${stepKey}`, channelId).filter((t) => t.id !== except);
  const last = cell.at(-1)?.sort_key || null;
  return keyBetween(last, null);
}

/** Move a touchpoint in time and (optionally) to another lane. Empty when nothing changes. */
export function moveEdits(
  view: MapView,
  touchpointId: string,
  time: TimeTarget,
  channelId: string,
  salt: string,
): FieldEdit[] | DropProblem {
  const moved = moveTouchpointInTime(view.slice, touchpointId, time, salt, channelId);
  if (typeof moved === 'string') return moved;
  if (moved.length === 0) return moved;
  const tp = view.touchpoints.get(touchpointId) ?? view.orphans.find((o) => o.id === touchpointId)!;
  const stageId = (moved.find((e) => e.row === tp.id && e.column === 'stage_id')?.value as string) ?? tp.stage_id!;
  const stepKey =
    (moved.find((e) => e.row === tp.id && e.column === 'step_key')?.value as string) ??
    view.slice.stepOf.get(tp.id)?.key ??
    tp.step_key;
  return [...moved, fieldEdit('touchpoints', tp.id, 'sort_key', stackKey(view, stageId, stepKey, channelId, tp.id))];
}

export interface NewTouchpoint {
  title: string;
  channel: Pick<Channel, 'id' | 'back_channel'>;
  time: TimeTarget;
  ownerDepartmentId?: string | null;
}

/**
 * A new touchpoint: one row, its fields in one batch. It starts with "back
 * channel" set when its channel has one.
 */
export function createTouchpointEdits(
  view: MapView,
  spec: NewTouchpoint,
  id: string,
  salt: string,
): FieldEdit[] | DropProblem {
  const place = placeInTime(view.slice, spec.time, salt, [id]);
  if (isTimeProblem(place)) return place;
  return [
    ...place.edits,
    ...rowEdits('touchpoints', id, {
      journey_id: view.journeyId,
      stage_id: place.stageId,
      channel_id: spec.channel.id,
      title: spec.title,
      step_key: place.stepKey,
      sort_key: stackKey(view, place.stageId, place.stepKey, spec.channel.id, null),
      back_channel: spec.channel.back_channel,
      ...(spec.ownerDepartmentId ? { owner_department_id: spec.ownerDepartmentId } : {}),
    }),
  ];
}

/** Open (or close) a lane on a journey; it stays, even empty, until closed. Empty when nothing changes. */
export function laneEdits(
  journey: Pick<Journey, 'id' | 'lane_channel_ids' | 'lane_department_ids'>,
  kind: 'channel' | 'department',
  id: string,
  open: boolean,
): FieldEdit[] {
  const column = kind === 'channel' ? 'lane_channel_ids' : 'lane_department_ids';
  const current = journey[column];
  if (open === current.includes(id)) return [];
  const next = open ? [...current, id] : current.filter((x) => x !== id);
  return [fieldEdit('journeys', journey.id, column, next)];
}

/** The neighbouring open lane for a keyboard move up or down (skipping closed lanes); null at the edge. */
export function laneStep(view: MapView, touchpointId: string, direction: 'up' | 'down'): string | null {
  const p = view.placement.get(touchpointId);
  if (!p) return null;
  const delta = direction === 'up' ? -1 : 1;
  for (let i = p.laneIndex + delta; i >= 0 && i < view.lanes.length; i += delta) {
    const lane = view.lanes[i]!;
    if (!lane.closed) return lane.channelId;
  }
  return null;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The card the keyboard goes to: up and down within the step column
 * (touchpoints, then the backstage steps below the line), left and right to
 * the neighbouring step, to the card nearest in height. Null at the edge.
 */
export function neighbour(view: MapView, id: string, direction: Direction): string | null {
  const column = (stepIndex: number): { id: string; row: number }[] => {
    const step = view.steps[stepIndex];
    if (!step) return [];
    const out: { id: string; row: number }[] = [];
    for (const tp of step.touchpoints) {
      const p = view.placement.get(tp.id)!;
      out.push({ id: tp.id, row: p.laneIndex * 100 + p.slot });
    }
    for (const b of step.backstage) {
      const p = view.backPlacement.get(b.id);
      if (p) out.push({ id: b.id, row: 100_000 + p.laneIndex * 100 + p.slot });
    }
    return out.sort((a, b) => a.row - b.row);
  };
  const p = view.placement.get(id) ?? view.backPlacement.get(id);
  if (!p) return null;
  const here = column(p.stepIndex);
  const at = here.findIndex((x) => x.id === id);
  if (direction === 'up') return at > 0 ? here[at - 1]!.id : null;
  if (direction === 'down') return at >= 0 && at < here.length - 1 ? here[at + 1]!.id : null;
  const row = here[at]?.row ?? 0;
  const delta = direction === 'left' ? -1 : 1;
  for (let s = p.stepIndex + delta; s >= 0 && s < view.steps.length; s += delta) {
    const next = column(s);
    if (next.length === 0) continue;
    let best = next[0]!;
    for (const x of next) if (Math.abs(x.row - row) < Math.abs(best.row - row)) best = x;
    return best.id;
  }
  return null;
}
