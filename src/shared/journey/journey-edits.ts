import type { FieldEdit } from '../changes';
import { newId } from '../ids';
import { byOrder, keyBetween, keyForIndex, keysBetween } from '../ordering';
import type { Stage } from '../schema/tables';
import { fieldEdit, rowEdits } from '../edits';

export interface NewJourney {
  name: string;
  owner: string;
  stages: readonly string[];
}

/** A journey and its stages in one batch (one undo step): the journey row, then each stage in order. */
export function createJourneyEdits(
  journey: NewJourney,
  makeId: () => string = newId,
): { id: string; edits: FieldEdit[] } {
  const id = makeId();
  const edits = rowEdits('journeys', id, { name: journey.name, owner: journey.owner });
  const keys = keysBetween(null, null, journey.stages.length);
  journey.stages.forEach((name, i) => {
    edits.push(...rowEdits('stages', makeId(), { journey_id: id, name, sort_key: keys[i]! }));
  });
  return { id, edits };
}

/** Stages of one journey, in order. */
export function stagesOf(stages: readonly Stage[] | undefined, journeyId: string): Stage[] {
  return byOrder((stages ?? []).filter((s) => s.journey_id === journeyId));
}

/** Move a stage one place up (-1) or down (+1): one new sort key, nothing else changes. */
export function moveStageEdit(ordered: readonly Stage[], stageId: string, delta: -1 | 1): FieldEdit | null {
  const index = ordered.findIndex((s) => s.id === stageId);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= ordered.length) return null;
  const siblings = ordered.filter((s) => s.id !== stageId);
  return fieldEdit('stages', stageId, 'sort_key', keyForIndex(siblings, target));
}

export function addStageEdits(ordered: readonly Stage[], journeyId: string, name: string): FieldEdit[] {
  const last = ordered.at(-1);
  return rowEdits('stages', newId(), {
    journey_id: journeyId,
    name,
    sort_key: keyBetween(last?.sort_key ?? null, null),
  });
}

/** Move an item of a plain list (the draft stages of the new-journey form). */
export function moved<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
