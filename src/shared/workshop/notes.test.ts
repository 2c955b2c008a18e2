import { describe, expect, it } from 'vitest';
import type { FieldEdit } from '../changes';
import { emptyRow, type WorkshopNote } from '../schema/tables';
import { NOTE_TEXT_MAX, addNoteEdits, crossNotePlan, notesOfStage, stepNoteEdits } from './notes';

const J = 'journey-1';

/** Apply note edits as the write path would: later edits win, new ids make new rows. */
function apply(notes: WorkshopNote[], edits: readonly FieldEdit[]): WorkshopNote[] {
  const byId = new Map(notes.map((n) => [n.id, { ...n }]));
  for (const e of edits) {
    const row = byId.get(e.row) ?? emptyRow('workshop_notes', e.row);
    byId.set(e.row, { ...row, [e.column]: e.value });
  }
  return [...byId.values()];
}

describe('note edits', () => {
  it('adds notes at the bottom of their stage column', () => {
    let notes: WorkshopNote[] = [];
    for (const [id, text] of [
      ['a', 'Eins'],
      ['b', 'Zwei'],
      ['c', 'Drei'],
    ] as const) {
      notes = apply(
        notes,
        addNoteEdits(
          notesOfStage(notes, J, 's1'),
          { journeyId: J, stageId: 's1', channelId: null, text, author: 'Jana' },
          id,
        ),
      );
    }
    notes = apply(
      notes,
      addNoteEdits([], { journeyId: J, stageId: 's2', channelId: 'mail', text: 'Andere Phase', author: '' }, 'd'),
    );
    expect(notesOfStage(notes, J, 's1').map((n) => n.text)).toEqual(['Eins', 'Zwei', 'Drei']);
    expect(notesOfStage(notes, J, 's2')).toMatchObject([
      { text: 'Andere Phase', channel_id: 'mail', author: '', touchpoint_id: null },
    ]);
    expect(notesOfStage(notes, J, 's1')[0]!.author).toBe('Jana');
  });

  it('moves a note one place up or down, and not past the ends', () => {
    let notes: WorkshopNote[] = [];
    for (const id of ['a', 'b', 'c']) {
      notes = apply(
        notes,
        addNoteEdits(
          notesOfStage(notes, J, 's1'),
          { journeyId: J, stageId: 's1', channelId: null, text: id, author: '' },
          id,
        ),
      );
    }
    const order = () => notesOfStage(notes, J, 's1').map((n) => n.id);
    notes = apply(notes, stepNoteEdits(notesOfStage(notes, J, 's1'), 'c', -1));
    expect(order()).toEqual(['a', 'c', 'b']);
    notes = apply(notes, stepNoteEdits(notesOfStage(notes, J, 's1'), 'a', 1));
    expect(order()).toEqual(['c', 'a', 'b']);
    expect(stepNoteEdits(notesOfStage(notes, J, 's1'), 'c', -1)).toEqual([]);
    expect(stepNoteEdits(notesOfStage(notes, J, 's1'), 'b', 1)).toEqual([]);
    expect(stepNoteEdits(notesOfStage(notes, J, 's1'), 'unknown', 1)).toEqual([]);
  });

  it('moves a note to the end of the neighbouring stage, and not past the first or last stage', () => {
    let notes: WorkshopNote[] = [];
    for (const [id, stage] of [
      ['a', 's1'],
      ['b', 's1'],
      ['c', 's2'],
      ['d', 's2'],
    ] as const) {
      notes = apply(
        notes,
        addNoteEdits(
          notesOfStage(notes, J, stage),
          { journeyId: J, stageId: stage, channelId: null, text: id, author: '' },
          id,
        ),
      );
    }
    const stages = [{ id: 's1' }, { id: 's2' }, { id: 's3' }];
    const columns = () => new Map(stages.map((s) => [s.id, notesOfStage(notes, J, s.id)]));
    const ids = (stage: string) => notesOfStage(notes, J, stage).map((n) => n.id);
    const byId = (id: string) => notes.find((n) => n.id === id)!;

    const right = crossNotePlan(stages, columns(), byId('a'), 1);
    expect(right?.stageId).toBe('s2');
    notes = apply(notes, right!.edits);
    expect(ids('s1')).toEqual(['b']);
    expect(ids('s2')).toEqual(['c', 'd', 'a']);

    notes = apply(notes, crossNotePlan(stages, columns(), byId('c'), 1)!.edits);
    expect(ids('s3')).toEqual(['c']);
    notes = apply(notes, crossNotePlan(stages, columns(), byId('d'), -1)!.edits);
    expect(ids('s1')).toEqual(['b', 'd']);
    expect(ids('s2')).toEqual(['a']);

    expect(crossNotePlan(stages, columns(), byId('b'), -1)).toBeNull();
    expect(crossNotePlan(stages, columns(), byId('c'), 1)).toBeNull();
    // A note whose stage was removed is not on the board's columns: nothing to step from.
    expect(crossNotePlan(stages, columns(), { ...byId('a'), stage_id: 'gone' }, 1)).toBeNull();
  });

  it('leaves deleted notes out of a column', () => {
    let notes = apply(
      [],
      addNoteEdits([], { journeyId: J, stageId: 's1', channelId: null, text: 'weg', author: '' }, 'a'),
    );
    notes = apply(notes, [{ table: 'workshop_notes', row: 'a', column: 'tombstone', value: true }]);
    expect(notesOfStage(notes, J, 's1')).toEqual([]);
  });

  it('never writes more than the column holds', () => {
    const edits = addNoteEdits(
      [],
      { journeyId: J, stageId: 's1', channelId: null, text: 'x'.repeat(NOTE_TEXT_MAX + 20), author: '' },
      'a',
    );
    expect(String(edits.find((e) => e.column === 'text')!.value)).toHaveLength(NOTE_TEXT_MAX);
  });
});
