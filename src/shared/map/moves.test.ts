import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldEdit } from '../changes';
import { checkEdit } from '../changes';
import type { Touchpoint } from '../schema/tables';
import { fixture, JOURNEY } from './fixture';
import { buildMapModel, cellOf } from './model';
import { checkDrop, createTouchpointEdits, moveEdits, neighbour, restoreEdits, stepTarget } from './moves';

function applied(touchpoints: readonly Touchpoint[], edits: readonly FieldEdit[]): Touchpoint[] {
  return touchpoints.map((t) => {
    const mine = edits.filter((e) => e.row === t.id);
    return mine.reduce((row, e) => ({ ...row, [e.column]: e.value }), t);
  });
}

describe('moving touchpoints', () => {
  it('reorders within a cell with one new sort key', () => {
    const f = fixture(['0/0:a', '0/0:b', '0/0:c']);
    const edits = moveEdits(f.model, f.id('c'), { stageId: f.stages[0]!.id, channelId: f.channels[0]!.id }, 0);
    expect(edits.map((e) => e.column)).toEqual(['sort_key']);
    const model = buildMapModel({
      journeyId: JOURNEY,
      stages: f.stages,
      channels: f.channels,
      touchpoints: applied(f.touchpoints, edits),
      transitions: [],
    });
    expect(cellOf(model, f.stages[0]!.id, f.channels[0]!.id).map((t) => t.title)).toEqual(['c', 'a', 'b']);
  });

  it('moves to another cell: stage, channel and key, nothing when the card stays put', () => {
    const f = fixture(['0/0:a', '1/1:b', '1/1:c']);
    const edits = moveEdits(f.model, f.id('a'), { stageId: f.stages[1]!.id, channelId: f.channels[1]!.id }, 1);
    expect(edits.map((e) => e.column)).toEqual(['stage_id', 'channel_id', 'sort_key']);
    edits.forEach((e) => expect(() => checkEdit(e)).not.toThrow());
    const model = buildMapModel({
      journeyId: JOURNEY,
      stages: f.stages,
      channels: f.channels,
      touchpoints: applied(f.touchpoints, edits),
      transitions: [],
    });
    expect(cellOf(model, f.stages[1]!.id, f.channels[1]!.id).map((t) => t.title)).toEqual(['b', 'a', 'c']);
    expect(moveEdits(f.model, f.id('b'), { stageId: f.stages[1]!.id, channelId: f.channels[1]!.id }, 0)).toEqual([]);
  });

  it('property: any sequence of moves keeps every card exactly once, where it was put', () => {
    const cards = ['0/0:a', '0/0:b', '0/1:c', '1/0:d', '1/1:e', '2/2:f'];
    const step = fc.record({
      card: fc.integer({ min: 0, max: 5 }),
      stage: fc.integer({ min: 0, max: 2 }),
      channel: fc.integer({ min: 0, max: 2 }),
      index: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const f = fixture(cards);
        let touchpoints: Touchpoint[] = f.touchpoints;
        for (const s of steps) {
          const model = buildMapModel({
            journeyId: JOURNEY,
            stages: f.stages,
            channels: f.channels,
            touchpoints,
            transitions: [],
            extraChannelIds: f.channels.map((c) => c.id),
          });
          const id = touchpoints[s.card]!.id;
          const target = { stageId: f.stages[s.stage]!.id, channelId: f.channels[s.channel]!.id };
          touchpoints = applied(touchpoints, moveEdits(model, id, target, s.index));
          const after = buildMapModel({
            journeyId: JOURNEY,
            stages: f.stages,
            channels: f.channels,
            touchpoints,
            transitions: [],
          });
          const cell = cellOf(after, target.stageId, target.channelId);
          const expected = Math.min(s.index, cell.length - 1);
          if (cell[expected]?.id !== id) return false;
          if (after.touchpoints.size !== cards.length) return false;
        }
        return true;
      }),
    );
  });

  it('refuses drops on the add-channel lane, closed lanes and unknown stages', () => {
    const f = fixture(['0/0:a', '0/1:b']);
    const closed = buildMapModel({
      journeyId: JOURNEY,
      stages: f.stages,
      channels: [f.channels[0]!, { ...f.channels[1]!, archived: true }],
      touchpoints: f.touchpoints,
      transitions: [],
    });
    expect(checkDrop(f.model, f.id('a'), { stageId: f.stages[1]!.id, channelId: f.channels[1]!.id })).toBeNull();
    expect(checkDrop(f.model, f.id('a'), { stageId: f.stages[1]!.id, channelId: null })).toBe('noChannel');
    expect(checkDrop(closed, f.id('a'), { stageId: f.stages[1]!.id, channelId: f.channels[1]!.id })).toBe('closedLane');
    expect(checkDrop(f.model, f.id('a'), { stageId: 'stage-elsewhere', channelId: f.channels[0]!.id })).toBe(
      'unknownStage',
    );
    expect(checkDrop(f.model, 'tp-unknown-1', { stageId: f.stages[0]!.id, channelId: f.channels[0]!.id })).toBe(
      'unknownTouchpoint',
    );
    expect(checkDrop(f.model, f.id('a'), { stageId: f.stages[0]!.id, channelId: f.channels[2]!.id })).toBe(
      'closedLane',
    );
    expect(
      checkDrop(
        f.model,
        f.id('a'),
        { stageId: f.stages[0]!.id, channelId: f.channels[2]!.id },
        (c) => c === f.channels[2]!.id,
      ),
    ).toBeNull();
  });
});

describe('keyboard on the map', () => {
  const f = fixture(['0/0:a', '0/0:b', '1/0:c', '0/2:d', '2/2:e']);

  it('walks to the neighbouring card, skipping empty cells and stages', () => {
    expect(neighbour(f.model, f.id('a'), 'down')).toBe(f.id('b'));
    expect(neighbour(f.model, f.id('b'), 'down')).toBe(f.id('d'));
    expect(neighbour(f.model, f.id('d'), 'up')).toBe(f.id('b'));
    expect(neighbour(f.model, f.id('b'), 'right')).toBe(f.id('c'));
    expect(neighbour(f.model, f.id('d'), 'right')).toBe(f.id('c'));
    expect(neighbour(f.model, f.id('c'), 'right')).toBe(f.id('e'));
    expect(neighbour(f.model, f.id('e'), 'left')).toBe(f.id('c'));
    expect(neighbour(f.model, f.id('a'), 'left')).toBeNull();
    expect(neighbour(f.model, f.id('a'), 'up')).toBeNull();
    expect(neighbour(f.model, f.id('e'), 'down')).toBeNull();
  });

  it('steps a card through its cell, then into the next lane, and across stages', () => {
    expect(stepTarget(f.model, f.id('a'), 'down')).toEqual({
      target: { stageId: f.stages[0]!.id, channelId: f.channels[0]!.id },
      index: 1,
    });
    expect(stepTarget(f.model, f.id('b'), 'down')).toEqual({
      target: { stageId: f.stages[0]!.id, channelId: f.channels[2]!.id },
      index: 0,
    });
    expect(stepTarget(f.model, f.id('d'), 'up')).toEqual({
      target: { stageId: f.stages[0]!.id, channelId: f.channels[0]!.id },
      index: 2,
    });
    expect(stepTarget(f.model, f.id('b'), 'right')).toEqual({
      target: { stageId: f.stages[1]!.id, channelId: f.channels[0]!.id },
      index: 1,
    });
    expect(stepTarget(f.model, f.id('a'), 'left')).toBeNull();
    expect(stepTarget(f.model, f.id('a'), 'up')).toBeNull();
  });
});

describe('creating and restoring', () => {
  it('creates a card at the end of its cell, or at a given place', () => {
    const f = fixture(['0/0:a', '0/0:b']);
    const cell = { journeyId: JOURNEY, stageId: f.stages[0]!.id, channelId: f.channels[0]!.id, title: 'new' };
    const atEnd = createTouchpointEdits(f.model, cell, 'tp-new-0001');
    atEnd.forEach((e) => expect(() => checkEdit(e)).not.toThrow());
    const key = atEnd.find((e) => e.column === 'sort_key')!.value as string;
    expect(key > f.touchpoints[1]!.sort_key).toBe(true);
    const first = createTouchpointEdits(f.model, { ...cell, index: 0 }, 'tp-new-0002');
    expect((first.find((e) => e.column === 'sort_key')!.value as string) < f.touchpoints[0]!.sort_key).toBe(true);
  });

  it('restores an archived card into its old cell, or the fallback when its stage is gone', () => {
    const f = fixture(['0/0:a', '1/1:b']);
    const archived = { ...f.touchpoints[1]!, archived: true };
    const model = buildMapModel({
      journeyId: JOURNEY,
      stages: f.stages,
      channels: f.channels,
      touchpoints: [f.touchpoints[0]!, archived],
      transitions: [],
    });
    const fallback = { stageId: f.stages[0]!.id, channelId: f.channels[1]!.id };
    expect(restoreEdits(model, archived, fallback).map((e) => e.column)).toEqual(['archived', 'sort_key']);
    expect(restoreEdits(model, archived, { ...fallback, channelId: f.channels[0]!.id }).map((e) => e.column)).toEqual([
      'archived',
      'channel_id',
      'sort_key',
    ]);
    const stray = { ...archived, stage_id: 'stage-gone-000' };
    const edits = restoreEdits(model, stray, fallback);
    expect(edits.find((e) => e.column === 'stage_id')!.value).toBe(f.stages[0]!.id);
  });
});
