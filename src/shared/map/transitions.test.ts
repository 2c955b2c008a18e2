import { describe, expect, it } from 'vitest';
import { checkEdit } from '../changes';
import { emptyRow, type Touchpoint } from '../schema/tables';
import { fixture, JOURNEY } from './fixture';
import {
  checkTransition,
  countHandoffs,
  createTransitionEdits,
  handoffOf,
  transitionsByTouchpoint,
} from './transitions';

describe('transitions', () => {
  const f = fixture(['0/0:a', '1/1:b', '2/2:c'], {
    transitions: [
      ['a', 'b', true],
      ['b', 'c'],
    ],
    owners: { a: 'dept-0001', b: 'dept-0001', c: 'dept-0002' },
  });

  it('refuses an arrow to the same card, a duplicate and a missing end; allows the way back', () => {
    expect(checkTransition(f.model, f.id('a'), f.id('a'))).toBe('self');
    expect(checkTransition(f.model, f.id('a'), f.id('b'))).toBe('duplicate');
    expect(checkTransition(f.model, f.id('a'), 'tp-missing-01')).toBe('missing');
    expect(checkTransition(f.model, f.id('b'), f.id('a'))).toBeNull();
    expect(checkTransition(f.model, f.id('a'), f.id('c'))).toBeNull();
  });

  it('creates a transition as valid field edits', () => {
    const edits = createTransitionEdits(JOURNEY, f.id('a'), f.id('c'), 'tr-new-00001');
    edits.forEach((e) => expect(() => checkEdit(e)).not.toThrow());
    expect(edits.find((e) => e.column === 'carries_context')!.value).toBe(false);
  });

  it('marks hand-offs that lose context, and those that also cross departments', () => {
    const tp = (over: Partial<Touchpoint>) => ({ ...emptyRow('touchpoints', 'tp-x-000001'), ...over });
    const sales = tp({ owner_department_id: 'dept-0001', channel_id: 'chan-0001' });
    const service = tp({ owner_department_id: 'dept-0002', channel_id: 'chan-0002' });
    expect(handoffOf({ carries_context: true }, sales, service)).toEqual({
      status: 'carried',
      crossesDepartments: true,
      switchesChannel: true,
    });
    expect(handoffOf({ carries_context: false }, sales, service).status).toBe('silo');
    expect(handoffOf({ carries_context: false }, sales, sales).status).toBe('lost');
    expect(handoffOf({ carries_context: false }, sales, tp({ owner_department_id: null })).status).toBe('lost');
    expect(countHandoffs(f.model)).toEqual({ carried: 1, lost: 0, silo: 1 });
  });

  it('indexes incoming and outgoing transitions per card once', () => {
    const index = transitionsByTouchpoint(f.model);
    expect(index.get(f.id('b'))!.incoming).toHaveLength(1);
    expect(index.get(f.id('b'))!.outgoing).toHaveLength(1);
    expect(index.get(f.id('a'))!.incoming).toHaveLength(0);
  });
});
