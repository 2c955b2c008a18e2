import type { FieldEdit } from '../changes';
import { keyBetween, keyForIndex } from '../ordering';
import type { Touchpoint } from '../schema/tables';
import { rowEdits, setField } from './edits';
import { cellOf, type MapModel } from './model';

/**
 * Moving and creating touchpoints on the map. A move writes the new stage and
 * channel (when they change) and one fractional sort key, so two people
 * moving cards at once both keep their moves.
 */

export interface CellTarget {
  stageId: string;
  /** Null: the "add channel" lane, which has no channel yet. */
  channelId: string | null;
}

export type DropProblem = 'unknownTouchpoint' | 'unknownStage' | 'noChannel' | 'closedLane';

/**
 * Why a touchpoint may not go into this cell, or null when it may.
 * `canOpenLane` accepts channels that have no lane yet but may get one (the
 * keyboard dialogs offer every active channel).
 */
export function checkDrop(
  model: MapModel,
  touchpointId: string | null,
  target: CellTarget,
  canOpenLane: (channelId: string) => boolean = () => false,
): DropProblem | null {
  if (
    touchpointId !== null &&
    !model.touchpoints.has(touchpointId) &&
    !model.orphans.some((o) => o.id === touchpointId)
  ) {
    return 'unknownTouchpoint';
  }
  if (!model.stages.some((s) => s.id === target.stageId)) return 'unknownStage';
  if (target.channelId === null) return 'noChannel';
  const lane = model.lanes.find((l) => l.channelId === target.channelId);
  if (lane ? lane.closed : !canOpenLane(target.channelId)) return 'closedLane';
  return null;
}

/**
 * The edits that put a touchpoint at `index` of a cell (index counted among the
 * cell's other cards). Empty when nothing would change.
 */
export function moveEdits(
  model: MapModel,
  touchpointId: string,
  target: CellTarget & { channelId: string },
  index: number,
): FieldEdit[] {
  const tp = model.touchpoints.get(touchpointId) ?? model.orphans.find((o) => o.id === touchpointId);
  if (!tp) return [];
  const siblings = cellOf(model, target.stageId, target.channelId).filter((t) => t.id !== touchpointId);
  const sameCell = tp.stage_id === target.stageId && tp.channel_id === target.channelId;
  if (sameCell) {
    const current = cellOf(model, target.stageId, target.channelId).findIndex((t) => t.id === touchpointId);
    if (current === Math.max(0, Math.min(index, siblings.length))) return [];
  }
  const edits: FieldEdit[] = [];
  if (tp.stage_id !== target.stageId) edits.push(setField('touchpoints', tp.id, 'stage_id', target.stageId));
  if (tp.channel_id !== target.channelId) edits.push(setField('touchpoints', tp.id, 'channel_id', target.channelId));
  edits.push(setField('touchpoints', tp.id, 'sort_key', keyForIndex(siblings, index)));
  return edits;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** Where a keyboard move of one step goes: up/down within the cell, then into the next lane; left/right across stages. */
export function stepTarget(
  model: MapModel,
  touchpointId: string,
  direction: Direction,
): { target: CellTarget & { channelId: string }; index: number } | null {
  const p = model.placement.get(touchpointId);
  const tp = model.touchpoints.get(touchpointId);
  if (!p || !tp) return null;
  const stage = model.stages[p.stageIndex]!;
  const cellSize = cellOf(model, stage.id, tp.channel_id!).length;
  if (direction === 'left' || direction === 'right') {
    const next = model.stages[p.stageIndex + (direction === 'left' ? -1 : 1)];
    if (!next) return null;
    const count = cellOf(model, next.id, tp.channel_id!).length;
    return { target: { stageId: next.id, channelId: tp.channel_id! }, index: Math.min(p.slot, count) };
  }
  if (direction === 'up' && p.slot > 0)
    return { target: { stageId: stage.id, channelId: tp.channel_id! }, index: p.slot - 1 };
  if (direction === 'down' && p.slot < cellSize - 1)
    return { target: { stageId: stage.id, channelId: tp.channel_id! }, index: p.slot + 1 };
  // At the edge of its cell the card changes lane, skipping lanes it may not enter.
  const delta = direction === 'up' ? -1 : 1;
  for (let lane = p.laneIndex + delta; lane >= 0 && lane < model.lanes.length; lane += delta) {
    const candidate = model.lanes[lane]!;
    if (candidate.closed) continue;
    const count = cellOf(model, stage.id, candidate.channelId).length;
    return { target: { stageId: stage.id, channelId: candidate.channelId }, index: direction === 'up' ? count : 0 };
  }
  return null;
}

/** The card the keyboard goes to from `touchpointId`, skipping empty cells; null at the map's edge. */
export function neighbour(model: MapModel, touchpointId: string, direction: Direction): string | null {
  const p = model.placement.get(touchpointId);
  if (!p) return null;
  const channelAt = (lane: number) => model.lanes[lane]!.channelId;
  const stageAt = (col: number) => model.stages[col]!.id;
  if (direction === 'up' || direction === 'down') {
    const here = cellOf(model, stageAt(p.stageIndex), channelAt(p.laneIndex));
    const within = here[p.slot + (direction === 'up' ? -1 : 1)];
    if (within) return within.id;
    const delta = direction === 'up' ? -1 : 1;
    for (let lane = p.laneIndex + delta; lane >= 0 && lane < model.lanes.length; lane += delta) {
      const cell = cellOf(model, stageAt(p.stageIndex), channelAt(lane));
      if (cell.length > 0) return (direction === 'up' ? cell[cell.length - 1]! : cell[0]!).id;
    }
    return null;
  }
  // Left/right goes to the next stage that has cards: its lane if it has some there, else the nearest lane that does.
  const delta = direction === 'left' ? -1 : 1;
  for (let col = p.stageIndex + delta; col >= 0 && col < model.stages.length; col += delta) {
    for (let distance = 0; distance < model.lanes.length; distance++) {
      for (const lane of distance === 0 ? [p.laneIndex] : [p.laneIndex - distance, p.laneIndex + distance]) {
        if (lane < 0 || lane >= model.lanes.length) continue;
        const cell = cellOf(model, stageAt(col), channelAt(lane));
        if (cell.length > 0) return cell[Math.min(p.slot, cell.length - 1)]!.id;
      }
    }
  }
  return null;
}

export interface NewTouchpoint {
  journeyId: string;
  stageId: string;
  channelId: string;
  title: string;
  /** Default: at the end of the cell. */
  index?: number;
}

/** A new touchpoint in a cell: one row, its fields in one batch. */
export function createTouchpointEdits(model: MapModel, spec: NewTouchpoint, id: string): FieldEdit[] {
  const cell = cellOf(model, spec.stageId, spec.channelId);
  const sortKey =
    spec.index === undefined ? keyBetween(cell.at(-1)?.sort_key ?? null, null) : keyForIndex(cell, spec.index);
  return rowEdits('touchpoints', id, {
    journey_id: spec.journeyId,
    stage_id: spec.stageId,
    channel_id: spec.channelId,
    title: spec.title,
    sort_key: sortKey,
  });
}

/** Bring an archived or unplaced touchpoint back onto the map, at the end of a cell (its own stage when that still exists). */
export function restoreEdits(
  model: MapModel,
  tp: Touchpoint,
  fallback: CellTarget & { channelId: string },
): FieldEdit[] {
  const stageOk = tp.stage_id !== null && model.stages.some((s) => s.id === tp.stage_id);
  const stageId = stageOk ? tp.stage_id! : fallback.stageId;
  // The caller decides the channel: it knows which channels still exist.
  const channelId = fallback.channelId;
  const cell = cellOf(model, stageId, channelId);
  const edits: FieldEdit[] = [];
  if (tp.archived) edits.push(setField('touchpoints', tp.id, 'archived', false));
  if (stageId !== tp.stage_id) edits.push(setField('touchpoints', tp.id, 'stage_id', stageId));
  if (channelId !== tp.channel_id) edits.push(setField('touchpoints', tp.id, 'channel_id', channelId));
  edits.push(setField('touchpoints', tp.id, 'sort_key', keyBetween(cell.at(-1)?.sort_key ?? null, null)));
  return edits;
}
