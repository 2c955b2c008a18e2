import type { TimeTarget } from '../journey/steps';
import { bandAt, type Band, type MapLayout } from './layout';
import type { MapView } from './map-view';

/**
 * What lies under a point of the canvas: a place in time (a step to join,
 * or a gap between steps for a new one) and a row (a channel lane, a
 * department lane, or one of the "add" lanes). Drags, drops and double-clicks
 * all ask here.
 */

export type Row =
  | { kind: 'lane'; laneIndex: number }
  | { kind: 'addLane' }
  | { kind: 'backLane'; laneIndex: number }
  | { kind: 'addBackLane' }
  | { kind: 'other' };

export interface Hit {
  stageIndex: number;
  time: TimeTarget;
  row: Row;
  /** Where the drop indicator goes: the step column (joining) or the gap (a new step), in canvas x. */
  marker: Band;
}

/** The middle part of a step column joins it; the outer fifths and the gaps make a new step. */
const JOIN_FROM = 0.2;
const JOIN_TO = 0.8;

export function timeAt(view: MapView, layout: MapLayout, x: number): Omit<Hit, 'row'> | null {
  const stageIndex = bandAt(layout.stages, x);
  if (stageIndex < 0) return null;
  const stage = view.stages[stageIndex]!;
  const own = view.slice.stepsByStage[stageIndex]!;
  const m = layout.metrics;
  const stageBand = layout.stages[stageIndex]!;
  const gapMarker = (gap: number): Band => {
    const left =
      gap === 0
        ? stageBand.start + m.stagePad / 2
        : layout.steps[own[gap - 1]!.index]!.start + m.cardWidth + (gap < own.length ? m.stepGap / 2 : m.stagePad / 2);
    return { start: left - 2, size: 4 };
  };
  if (own.length === 0)
    return { stageIndex, time: { kind: 'gap', stageId: stage.id, gap: 0 }, marker: layout.emptySlots[stageIndex]! };
  const pitch = m.cardWidth + m.stepGap;
  const inside = x - stageBand.start - m.stagePad;
  const k = Math.floor(inside / pitch);
  if (inside < 0 || k < 0)
    return { stageIndex, time: { kind: 'gap', stageId: stage.id, gap: 0 }, marker: gapMarker(0) };
  if (k >= own.length)
    return { stageIndex, time: { kind: 'gap', stageId: stage.id, gap: own.length }, marker: gapMarker(own.length) };
  const frac = (inside - k * pitch) / m.cardWidth;
  if (frac < JOIN_FROM) return { stageIndex, time: { kind: 'gap', stageId: stage.id, gap: k }, marker: gapMarker(k) };
  if (frac <= JOIN_TO)
    return { stageIndex, time: { kind: 'step', stepId: own[k]!.id }, marker: layout.steps[own[k]!.index]! };
  return { stageIndex, time: { kind: 'gap', stageId: stage.id, gap: k + 1 }, marker: gapMarker(k + 1) };
}

export function rowAt(layout: MapLayout, y: number): Row {
  const lane = bandAt(layout.lanes, y);
  if (lane >= 0) return { kind: 'lane', laneIndex: lane };
  if (y >= layout.addLane.start && y < layout.addLane.start + layout.addLane.size) return { kind: 'addLane' };
  const back = bandAt(layout.backLanes, y);
  if (back >= 0) return { kind: 'backLane', laneIndex: back };
  const add = layout.addBackLane;
  if (add && y >= add.start && y < add.start + add.size) return { kind: 'addBackLane' };
  return { kind: 'other' };
}

export function hitAt(view: MapView, layout: MapLayout, x: number, y: number): Hit | null {
  const time = timeAt(view, layout, x);
  if (!time) return null;
  return { ...time, row: rowAt(layout, y) };
}
