import type { FieldEdit } from '../changes';
import { rowEdits, fieldEdit } from '../edits';
import { byOrder, keyBetween, keyForIndex } from '../ordering';
import type { WorkshopNote } from '../schema/tables';

/** The capture board's notes as data: which notes a stage column holds, and the edits that add and reorder them. */

export const NOTE_TEXT_MAX = 500;

/** A stage column's live notes, in order. */
export function notesOfStage(notes: readonly WorkshopNote[], journeyId: string, stageId: string): WorkshopNote[] {
  return byOrder(notes.filter((n) => !n.tombstone && n.journey_id === journeyId && n.stage_id === stageId));
}

export interface NewNote {
  journeyId: string;
  stageId: string;
  channelId: string | null;
  text: string;
  author: string;
}

/** A new note at the bottom of its column. */
export function addNoteEdits(column: readonly WorkshopNote[], note: NewNote, id: string): FieldEdit[] {
  return rowEdits('workshop_notes', id, {
    journey_id: note.journeyId,
    stage_id: note.stageId,
    channel_id: note.channelId,
    text: note.text.slice(0, NOTE_TEXT_MAX),
    author: note.author.slice(0, 200),
    sort_key: keyBetween(column.at(-1)?.sort_key || null, null),
  });
}

/** Move a note one place up or down its column; empty at the edge. */
export function stepNoteEdits(column: readonly WorkshopNote[], noteId: string, delta: -1 | 1): FieldEdit[] {
  const index = column.findIndex((n) => n.id === noteId);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= column.length) return [];
  const others = column.filter((n) => n.id !== noteId);
  return [fieldEdit('workshop_notes', noteId, 'sort_key', keyForIndex(others, target))];
}

/** A note put at the bottom of another stage's column (`column` = that stage's notes, in order). */
export function moveNoteToStageEdits(column: readonly WorkshopNote[], noteId: string, stageId: string): FieldEdit[] {
  const last = column.filter((n) => n.id !== noteId).at(-1);
  return [
    fieldEdit('workshop_notes', noteId, 'stage_id', stageId),
    fieldEdit('workshop_notes', noteId, 'sort_key', keyBetween(last?.sort_key || null, null)),
  ];
}

/**
 * Move a note to the end of the stage `delta` columns away (stages in board
 * order). Null when there is no such stage or the note sits in none of them.
 */
export function crossNotePlan(
  stages: readonly { id: string }[],
  columns: ReadonlyMap<string, readonly WorkshopNote[]>,
  note: WorkshopNote,
  delta: -1 | 1,
): { stageId: string; edits: FieldEdit[] } | null {
  const index = stages.findIndex((s) => s.id === note.stage_id);
  const target = index < 0 ? undefined : stages[index + delta];
  if (!target) return null;
  return { stageId: target.id, edits: moveNoteToStageEdits(columns.get(target.id) ?? [], note.id, target.id) };
}
