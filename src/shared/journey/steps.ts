import type { FieldEdit } from '../changes';
import { freshKeyBetween } from '../ordering';
import { fieldEdit } from '../edits';
import type { JourneySlice, Step } from './slice';

/**
 * Placing things in the customer's time order. A move writes the row's stage
 * and one step key (fractional, as sort keys), so moves made on two devices
 * at once both survive and merge. New keys carry a salt, so two devices
 * inserting at the same spot do not make their touchpoints parallel by
 * accident; joining a step copies its key exactly.
 */

export type TimeTarget =
  /** Join this step: parallel to its touchpoints. */
  | { kind: 'step'; stepId: string }
  /** A new step in this stage, before its `gap`-th step (gap = its step count: at the end). */
  | { kind: 'gap'; stageId: string; gap: number }
  /** A new step right after the step of this touchpoint (or backstage step). */
  | { kind: 'after'; itemId: string };

export interface TimePlace {
  stageId: string;
  stepKey: string;
  /**
   * Joining a step whose rows still stand at a derived key writes that key to
   * them too, so the step stays together if their lane order changes later
   * (the same value on every device).
   */
  edits: FieldEdit[];
}

export type TimeProblem = 'unknownStep' | 'unknownStage' | 'unknownItem';

function pinStep(step: Step, skip: ReadonlySet<string>, serves: ReadonlyMap<string, unknown>): FieldEdit[] {
  const edits: FieldEdit[] = [];
  for (const tp of step.touchpoints)
    if (tp.step_key === '' && !skip.has(tp.id)) edits.push(fieldEdit('touchpoints', tp.id, 'step_key', step.key));
  for (const b of step.backstage)
    if (b.step_key === '' && !skip.has(b.id) && !serves.has(b.id))
      edits.push(fieldEdit('backstage_steps', b.id, 'step_key', step.key));
  return edits;
}

/**
 * How many rows stand in a step on their own account: its touchpoints and the
 * backstage steps that serve none (those serving one follow it wherever it goes).
 */
function ownMembers(slice: JourneySlice, step: Step): number {
  let n = step.touchpoints.length;
  for (const b of step.backstage) if (!slice.backstage.serves.has(b.id)) n += 1;
  return n;
}

export function findStep(slice: JourneySlice, stepId: string): Step | undefined {
  for (const step of slice.steps) if (step.id === stepId) return step;
  return undefined;
}

/** Where a target is in time: the stage and the step key to write. `moving`: the rows being placed. */
export function placeInTime(
  slice: JourneySlice,
  target: TimeTarget,
  salt: string,
  moving: readonly string[] = [],
): TimePlace | TimeProblem {
  const skip = new Set(moving);
  if (target.kind === 'step') {
    const step = findStep(slice, target.stepId);
    if (!step) return 'unknownStep';
    return { stageId: step.stageId, stepKey: step.key, edits: pinStep(step, skip, slice.backstage.serves) };
  }
  let stageIndex: number;
  let gap: number;
  if (target.kind === 'after') {
    const step = slice.stepOf.get(target.itemId);
    if (!step) return 'unknownItem';
    stageIndex = step.stageIndex;
    gap = step.indexInStage + 1;
  } else {
    stageIndex = slice.stages.findIndex((s) => s.id === target.stageId);
    if (stageIndex < 0) return 'unknownStage';
    gap = target.gap;
  }
  const steps = slice.stepsByStage[stageIndex]!;
  const i = Math.max(0, Math.min(gap, steps.length));
  const stepKey = freshKeyBetween(i > 0 ? steps[i - 1]!.key : null, i < steps.length ? steps[i]!.key : null, salt);
  return { stageId: slice.stages[stageIndex]!.id, stepKey, edits: [] };
}

export function isTimeProblem(x: TimePlace | TimeProblem): x is TimeProblem {
  return typeof x === 'string';
}

/**
 * Move one touchpoint in time (and to another channel when `channelId` is
 * given). Empty when nothing would change: joining its own step, or a gap
 * next to a step it stands in alone.
 */
export function moveTouchpointInTime(
  slice: JourneySlice,
  touchpointId: string,
  target: TimeTarget,
  salt: string,
  channelId?: string,
): FieldEdit[] | TimeProblem {
  const tp = slice.touchpointById.get(touchpointId) ?? slice.orphans.find((o) => o.id === touchpointId);
  if (!tp) return 'unknownItem';
  const own = slice.stepOf.get(touchpointId);
  const channelEdit =
    channelId !== undefined && channelId !== tp.channel_id
      ? [fieldEdit('touchpoints', tp.id, 'channel_id', channelId)]
      : [];
  if (own && stayPut(own, target, ownMembers(slice, own) === 1)) return channelEdit;
  const place = placeInTime(slice, target, salt, [touchpointId]);
  if (isTimeProblem(place)) return place;
  const edits = [...place.edits];
  if (tp.stage_id !== place.stageId) edits.push(fieldEdit('touchpoints', tp.id, 'stage_id', place.stageId));
  if (tp.step_key !== place.stepKey) edits.push(fieldEdit('touchpoints', tp.id, 'step_key', place.stepKey));
  return [...edits, ...channelEdit];
}

/** True when the target leaves a row in the step it stands in now. */
function stayPut(own: Step, target: TimeTarget, alone: boolean): boolean {
  if (target.kind === 'step') return target.stepId === own.id;
  if (!alone) return false;
  if (target.kind === 'after') return false;
  return target.stageId === own.stageId && (target.gap === own.indexInStage || target.gap === own.indexInStage + 1);
}

/** Move a whole step (all its parallel touchpoints and unlinked backstage steps) to a gap of a stage. */
export function moveStepInTime(
  slice: JourneySlice,
  stepId: string,
  target: { stageId: string; gap: number },
  salt: string,
): FieldEdit[] | TimeProblem {
  const step = findStep(slice, stepId);
  if (!step) return 'unknownStep';
  if (stayPut(step, { kind: 'gap', ...target }, true)) return [];
  const members = [
    ...step.touchpoints.map((tp) => tp.id),
    ...step.backstage.filter((b) => !slice.backstage.serves.has(b.id)).map((b) => b.id),
  ];
  const place = placeInTime(slice, { kind: 'gap', ...target }, salt, members);
  if (isTimeProblem(place)) return place;
  const edits = [...place.edits];
  for (const tp of step.touchpoints) {
    if (tp.stage_id !== place.stageId) edits.push(fieldEdit('touchpoints', tp.id, 'stage_id', place.stageId));
    edits.push(fieldEdit('touchpoints', tp.id, 'step_key', place.stepKey));
  }
  for (const b of step.backstage) {
    if (slice.backstage.serves.has(b.id)) continue; // follows the touchpoint it serves
    if (b.stage_id !== place.stageId) edits.push(fieldEdit('backstage_steps', b.id, 'stage_id', place.stageId));
    edits.push(fieldEdit('backstage_steps', b.id, 'step_key', place.stepKey));
  }
  return edits;
}

export type TimeDirection = 'earlier' | 'later';

/**
 * One keyboard step in time. A touchpoint that shares its step leaves it
 * (just before or after); one alone swaps with the neighbouring step, and at
 * the edge of its stage goes to the end (or start) of the neighbouring stage.
 * `together` instead joins the neighbouring step (parallel). Null at the
 * journey's edge.
 */
export function timeStepTarget(
  slice: JourneySlice,
  itemId: string,
  direction: TimeDirection,
  together = false,
): TimeTarget | null {
  const step = slice.stepOf.get(itemId);
  if (!step) return null;
  const inStage = slice.stepsByStage[step.stageIndex]!;
  const delta = direction === 'earlier' ? -1 : 1;
  if (together) {
    const neighbour = slice.steps[step.index + delta];
    return neighbour ? { kind: 'step', stepId: neighbour.id } : null;
  }
  const alone = ownMembers(slice, step) === 1;
  const i = step.indexInStage;
  if (!alone) return { kind: 'gap', stageId: step.stageId, gap: direction === 'earlier' ? i : i + 1 };
  if (direction === 'earlier' && i > 0) return { kind: 'gap', stageId: step.stageId, gap: i - 1 };
  if (direction === 'later' && i < inStage.length - 1) return { kind: 'gap', stageId: step.stageId, gap: i + 2 };
  const next = slice.stages[step.stageIndex + delta];
  if (!next) return null;
  const count = slice.stepsByStage[step.stageIndex + delta]!.length;
  return { kind: 'gap', stageId: next.id, gap: direction === 'earlier' ? count : 0 };
}
