import { describe, expect, it } from 'vitest';
import { checkEdit } from '../changes';
import { byOrder } from '../ordering';
import { fixture, JOURNEY } from './fixture';
import { emotionByStage, normaliseForSearch, ownersInUse, searchTouchpoints } from './insights';
import { buildMapModel } from './model';
import { reuseUnchanged } from './stable';
import { removeStageEdits } from './stage-removal';

describe('emotion, search, owners', () => {
  const f = fixture(['0/0:Rückruf', '0/1:Newsletter', '2/0:Café']);
  const touchpoints = f.touchpoints.map((t, i) => ({
    ...t,
    emotion: [2, -1, -2][i]!,
    kpi: i === 1 ? 'Öffnungsrate' : '',
    owner_department_id: i < 2 ? 'dept-0001' : null,
  }));
  const model = buildMapModel({
    journeyId: JOURNEY,
    stages: f.stages,
    channels: f.channels,
    touchpoints,
    transitions: [],
  });

  it('averages the emotion per stage, with gaps for empty stages', () => {
    expect(emotionByStage(model).map((s) => [s.average, s.min, s.max, s.count])).toEqual([
      [0.5, -1, 2, 2],
      [null, null, null, 0],
      [-2, -2, -2, 1],
    ]);
  });

  it('searches every text field without case or accents, in map order', () => {
    expect(normaliseForSearch('Öffnungs RATE')).toBe('offnungs rate');
    expect(searchTouchpoints(model, 'ruckruf')).toEqual([f.id('Rückruf')]);
    expect(searchTouchpoints(model, 'offnungsrate')).toEqual([f.id('Newsletter')]);
    expect(searchTouchpoints(model, 'cafe')).toEqual([f.id('Café')]);
    expect(searchTouchpoints(model, '  ')).toEqual([]);
    expect(searchTouchpoints(model, 'news rate')).toEqual([f.id('Newsletter')]);
  });

  it('counts the cards each department owns', () => {
    expect([...ownersInUse(model)]).toEqual([['dept-0001', 2]]);
  });
});

describe('row identity', () => {
  it('keeps unchanged rows and the list itself when nothing changed', () => {
    const f = fixture(['0/0:a', '0/0:b']);
    const reloaded = f.touchpoints.map((t) => ({ ...t, supporting_department_ids: [...t.supporting_department_ids] }));
    expect(reuseUnchanged(f.touchpoints, reloaded)).toBe(f.touchpoints);
    const edited = reloaded.map((t) => (t.title === 'b' ? { ...t, title: 'B' } : t));
    const next = reuseUnchanged(f.touchpoints, edited);
    expect(next[0]).toBe(f.touchpoints[0]);
    expect(next[1]).not.toBe(f.touchpoints[1]);
    expect(next[1]!.title).toBe('B');
    expect(reuseUnchanged(null, edited)).toBe(edited);
  });
});

describe('removing a stage that holds touchpoints', () => {
  const f = fixture(['0/0:a', '1/0:b', '1/0:c', '1/1:d', '2/0:e']);

  it('moves its cards after the target cell’s cards, in their order, and removes the stage', () => {
    const edits = removeStageEdits(f.stages[1]!.id, f.touchpoints, { kind: 'move', targetStageId: f.stages[0]!.id });
    edits.forEach((e) => expect(() => checkEdit(e)).not.toThrow());
    expect(edits.at(-1)).toEqual({ table: 'stages', row: f.stages[1]!.id, column: 'tombstone', value: true });
    const after = f.touchpoints.map((t) =>
      edits.filter((e) => e.row === t.id).reduce((row, e) => ({ ...row, [e.column]: e.value }), t),
    );
    const inFirst = byOrder(after.filter((t) => t.stage_id === f.stages[0]!.id && t.channel_id === f.channels[0]!.id));
    expect(inFirst.map((t) => t.title)).toEqual(['a', 'b', 'c']);
    expect(after.find((t) => t.title === 'd')!.stage_id).toBe(f.stages[0]!.id);
  });

  it('archives its cards instead, when asked to', () => {
    const edits = removeStageEdits(f.stages[1]!.id, f.touchpoints, { kind: 'archive' });
    expect(
      edits
        .filter((e) => e.column === 'archived')
        .map((e) => e.row)
        .sort(),
    ).toEqual([f.id('b'), f.id('c'), f.id('d')].sort());
  });

  it('refuses to move cards into the stage being removed', () => {
    expect(() =>
      removeStageEdits(f.stages[1]!.id, f.touchpoints, { kind: 'move', targetStageId: f.stages[1]!.id }),
    ).toThrow();
  });
});
