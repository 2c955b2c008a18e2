import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldEdit } from '../changes';
import { freshKeyBetween } from '../ordering';
import type { JourneySlice } from './slice';
import {
  isTimeProblem,
  moveStepInTime,
  moveTouchpointInTime,
  placeInTime,
  timeStepTarget,
  type TimeTarget,
} from './steps';
import { journeyFixture, timeline } from './testing';

const edits = (x: FieldEdit[] | string): FieldEdit[] => {
  if (typeof x === 'string') throw new Error(`refused: ${x}`);
  return x;
};
const stepId = (slice: JourneySlice, title: string) =>
  slice.stepOf.get(slice.touchpoints.find((t) => t.title === title)!.id)!.id;

describe('step order: insert', () => {
  it('puts a new touchpoint right after the selected one, in a step of its own', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A', '0/1/F:B', '0/0/V:C'] });
    const place = placeInTime(f.slice(), { kind: 'after', itemId: f.id('A') }, 'x1');
    if (isTimeProblem(place)) throw new Error(place);
    const slice = f.apply([
      ...place.edits,
      { table: 'touchpoints', row: 'tp-0000000N', column: 'journey_id', value: 'journey-0001' },
      { table: 'touchpoints', row: 'tp-0000000N', column: 'stage_id', value: place.stageId },
      { table: 'touchpoints', row: 'tp-0000000N', column: 'channel_id', value: 'chan-00002' },
      { table: 'touchpoints', row: 'tp-0000000N', column: 'title', value: 'N' },
      { table: 'touchpoints', row: 'tp-0000000N', column: 'step_key', value: place.stepKey },
    ]);
    expect(timeline(slice).split(' / ')[0]).toBe('S0: A+B | N | C');
  });

  it('places at a gap: first, between and last; an empty stage takes its first step', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A', '0/0/V:B', '1/1/-:L'] });
    const at = (target: TimeTarget) => {
      const p = placeInTime(f.slice(), target, 'q');
      if (isTimeProblem(p)) throw new Error(p);
      return p;
    };
    const keys = ['F', 'V'];
    const first = at({ kind: 'gap', stageId: 'stage-0000', gap: 0 }).stepKey;
    const middle = at({ kind: 'gap', stageId: 'stage-0000', gap: 1 }).stepKey;
    const last = at({ kind: 'gap', stageId: 'stage-0000', gap: 2 }).stepKey;
    expect(first < keys[0]! && keys[0]! < middle && middle < keys[1]! && keys[1]! < last).toBe(true);
    expect(at({ kind: 'gap', stageId: 'stage-0002', gap: 0 }).edits).toEqual([]);
    // Before a touchpoint not yet placed in time: only the new key, nothing written to the old one.
    const legacy = at({ kind: 'gap', stageId: 'stage-0001', gap: 0 });
    expect(legacy.edits).toEqual([]);
    expect(legacy.stepKey < f.slice().stepOf.get(f.id('L'))!.key).toBe(true);
  });

  it('refuses unknown targets with a reason', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A'] });
    expect(placeInTime(f.slice(), { kind: 'step', stepId: 'nope' }, 'x')).toBe('unknownStep');
    expect(placeInTime(f.slice(), { kind: 'gap', stageId: 'nope', gap: 0 }, 'x')).toBe('unknownStage');
    expect(placeInTime(f.slice(), { kind: 'after', itemId: 'nope' }, 'x')).toBe('unknownItem');
  });
});

describe('step order: move', () => {
  it('joins a step (parallel), leaves it again, and moves into another stage', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A', '0/1/V:B', '0/2/a:C'] });
    let slice = f.apply(
      edits(moveTouchpointInTime(f.slice(), f.id('C'), { kind: 'step', stepId: stepId(f.slice(), 'A') }, 's1')),
    );
    expect(timeline(slice).split(' / ')[0]).toBe('S0: A+C | B');
    slice = f.apply(
      edits(moveTouchpointInTime(slice, f.id('A'), { kind: 'gap', stageId: 'stage-0000', gap: 2 }, 's2')),
    );
    expect(timeline(slice).split(' / ')[0]).toBe('S0: C | B | A');
    slice = f.apply(
      edits(moveTouchpointInTime(slice, f.id('B'), { kind: 'gap', stageId: 'stage-0001', gap: 0 }, 's3')),
    );
    expect(timeline(slice)).toBe('S0: C | A / S1: B / S2: ');
  });

  it('writes nothing when the move changes nothing, but a channel change alone is one edit', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A', '0/1/V:B'] });
    const slice = f.slice();
    expect(moveTouchpointInTime(slice, f.id('A'), { kind: 'step', stepId: stepId(slice, 'A') }, 's')).toEqual([]);
    expect(moveTouchpointInTime(slice, f.id('A'), { kind: 'gap', stageId: 'stage-0000', gap: 1 }, 's')).toEqual([]);
    expect(
      moveTouchpointInTime(slice, f.id('A'), { kind: 'gap', stageId: 'stage-0000', gap: 0 }, 's', 'chan-00002'),
    ).toEqual([{ table: 'touchpoints', row: f.id('A'), column: 'channel_id', value: 'chan-00002' }]);
  });

  it('joining a step not yet placed in time writes its key to its rows too, so it stays together', () => {
    const f = journeyFixture({ touchpoints: ['0/0/-:A', '0/1/-:B'] });
    const slice = f.slice();
    const out = edits(moveTouchpointInTime(slice, f.id('B'), { kind: 'step', stepId: stepId(slice, 'A') }, 's'));
    const key = slice.stepOf.get(f.id('A'))!.key;
    expect(out).toEqual([
      { table: 'touchpoints', row: f.id('A'), column: 'step_key', value: key },
      { table: 'touchpoints', row: f.id('B'), column: 'step_key', value: key },
    ]);
    // The catalogue's channel order changes: the step stays one step.
    f.apply([{ table: 'channels', row: 'chan-00000', column: 'sort_key', value: 'zz' }, ...out]);
    expect(timeline(f.slice()).split(' / ')[0]).toBe('S0: B+A');
  });

  it('moves a whole step with its parallel touchpoints and its unlinked backstage steps', () => {
    const f = journeyFixture({
      touchpoints: ['0/0/F:A', '0/1/F:B', '0/0/V:C'],
      backstage: ['0:Prep@0/F', '1:Serve>A'],
    });
    const slice = f.apply(
      edits(moveStepInTime(f.slice(), stepId(f.slice(), 'A'), { stageId: 'stage-0000', gap: 2 }, 'm')),
    );
    expect(timeline(slice).split(' / ')[0]).toBe('S0: C | A+B+[Prep]+[Serve]');
  });

  it('keyboard: earlier/later swaps with the neighbour, leaves a shared step, crosses stages at the edge', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A', '0/1/F:B', '0/0/V:C', '1/0/F:D'] });
    const step = (title: string, direction: 'earlier' | 'later', together = false) => {
      const target = timeStepTarget(f.slice(), f.id(title), direction, together);
      if (!target) return null;
      return f.apply(edits(moveTouchpointInTime(f.slice(), f.id(title), target, `k${title}${direction}`)));
    };
    expect(timeline(step('B', 'later')!)).toBe('S0: A | B | C / S1: D / S2: ');
    expect(timeline(step('C', 'earlier')!)).toBe('S0: A | C | B / S1: D / S2: ');
    expect(timeline(step('B', 'later')!)).toBe('S0: A | C / S1: B | D / S2: ');
    expect(timeline(step('D', 'earlier', true)!)).toBe('S0: A | C / S1: D+B / S2: ');
    expect(timeline(step('A', 'earlier') ?? f.slice())).toBe('S0: A | C / S1: D+B / S2: ');
    expect(timeStepTarget(f.slice(), f.id('A'), 'earlier')).toBeNull();
  });

  it('a touchpoint moved into another stage keeps its backstage links', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A', '1/0/F:B'], backstage: ['1:Pack>A'] });
    const slice = f.apply(
      edits(moveTouchpointInTime(f.slice(), f.id('A'), { kind: 'gap', stageId: 'stage-0002', gap: 0 }, 'z')),
    );
    expect(slice.backstage.serves.get(f.id('Pack'))!.map((t) => t.title)).toEqual(['A']);
    expect(timeline(slice)).toBe('S0:  / S1: B / S2: A+[Pack]');
  });
});

describe('step order: concurrent moves merge', () => {
  /** Two devices compute edits from the same slice; both batches applied (in either order) keep both moves. */
  function merged(
    cards: string[],
    a: (s: JourneySlice, id: (t: string) => string) => FieldEdit[],
    b: (s: JourneySlice, id: (t: string) => string) => FieldEdit[],
  ): [string, string] {
    const results = [0, 1].map((order) => {
      const f = journeyFixture({ touchpoints: cards });
      const ea = a(f.slice(), f.id);
      const eb = b(f.slice(), f.id);
      return timeline(f.apply(order === 0 ? [...ea, ...eb] : [...eb, ...ea]));
    });
    return [results[0]!, results[1]!];
  }

  it('two touchpoints moved at once by two devices both end where each was put', () => {
    const [ab, ba] = merged(
      ['0/0/F:A', '0/0/V:B', '0/0/a:C', '0/0/k:D'],
      (s, id) => edits(moveTouchpointInTime(s, id('A'), { kind: 'gap', stageId: 'stage-0000', gap: 4 }, 'dev1')),
      (s, id) => edits(moveTouchpointInTime(s, id('D'), { kind: 'gap', stageId: 'stage-0000', gap: 0 }, 'dev2')),
    );
    expect(ab).toBe(ba);
    expect(ab.split(' / ')[0]).toBe('S0: D | B | C | A');
  });

  it('two devices inserting at the same spot get two steps, not one parallel step', () => {
    const [ab, ba] = merged(
      ['0/0/F:A', '0/0/V:B', '1/1/F:X', '1/2/V:Y'],
      (s, id) => edits(moveTouchpointInTime(s, id('X'), { kind: 'gap', stageId: 'stage-0000', gap: 1 }, 'dev1')),
      (s, id) => edits(moveTouchpointInTime(s, id('Y'), { kind: 'gap', stageId: 'stage-0000', gap: 1 }, 'dev2')),
    );
    expect(ab).toBe(ba);
    expect(ab.split(' / ')[0]).toMatch(/^S0: A \| (X \| Y|Y \| X) \| B$/);
  });

  it('in a stage not yet placed in time, the first reorders of two devices merge too', () => {
    const [ab, ba] = merged(
      ['0/0/-:A', '0/1/-:B', '0/2/-:C', '0/2/-:D'],
      (s, id) => edits(moveTouchpointInTime(s, id('A'), { kind: 'gap', stageId: 'stage-0000', gap: 4 }, 'dev1')),
      (s, id) => edits(moveTouchpointInTime(s, id('D'), { kind: 'step', stepId: stepId(s, 'B') }, 'dev2')),
    );
    expect(ab).toBe(ba);
    expect(ab.split(' / ')[0]).toBe('S0: B+D | C | A');
  });
});

describe('fresh keys', () => {
  it('property: freshKeyBetween lies strictly between its neighbours, and differs by salt', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 3 }),
        (moves, s) => {
          const salt = [...s].map((ch) => (/[0-9A-Za-z]/.test(ch) ? ch : 'k')).join('');
          const list: string[] = [];
          moves.forEach((m, n) => {
            const i = m % (list.length + 1);
            const k = freshKeyBetween(list[i - 1] ?? null, list[i] ?? null, `${salt}${n}`);
            if (i > 0) expect(list[i - 1]! < k).toBe(true);
            if (i < list.length) expect(k < list[i]!).toBe(true);
            expect(k.endsWith('0')).toBe(false);
            list.splice(i, 0, k);
          });
        },
      ),
    );
    expect(freshKeyBetween('F', 'V', 'ab')).not.toBe(freshKeyBetween('F', 'V', 'cd'));
  });
});

describe('step order with a backstage', () => {
  it('a touchpoint alone with the backstage step serving it counts as alone: keyboard moves swap steps', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A', '0/1/V:B', '1/0/F:C'], backstage: ['0:Serve B>B'] });
    const target = timeStepTarget(f.slice(), f.id('B'), 'later');
    expect(target).toEqual({ kind: 'gap', stageId: 'stage-0001', gap: 0 });
    const out = moveTouchpointInTime(f.slice(), f.id('B'), target!, 's');
    if (typeof out === 'string') throw new Error(out);
    expect(timeline(f.apply(out))).toBe('S0: A / S1: B+[Serve B] | C / S2: ');
  });
});
