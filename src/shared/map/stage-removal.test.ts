import { describe, expect, it } from 'vitest';
import { journeyFixture, timeline } from '../journey/testing';
import { removeStageEdits } from './stage-removal';

describe('removing a stage in time', () => {
  const build = () =>
    journeyFixture({
      touchpoints: ['0/0/F:A', '1/0/F:B', '1/1/F:C', '1/0/V:D'],
      backstage: ['1:Serve B>B', '2:Standing@1/k'],
    });

  it('moves its steps after the target stage’s last step, parallel ones together, with their backstage', () => {
    const f = build();
    const slice = f.slice();
    const all = [...slice.touchpoints];
    const after = f.apply(removeStageEdits('stage-0001', all, { kind: 'move', targetStageId: 'stage-0000' }, slice));
    expect(timeline(after)).toBe('S0: A | B+C+[Serve B] | D | [Standing] / S2: ');
    expect(after.backstage.serves.get(f.id('Serve B'))!.map((t) => t.title)).toEqual(['B']);
  });

  it('archives its touchpoints and the backstage steps standing in it; steps serving them are listed, not lost', () => {
    const f = build();
    const slice = f.slice();
    const after = f.apply(removeStageEdits('stage-0001', [...slice.touchpoints], { kind: 'archive' }, slice));
    expect(after.archived.map((t) => t.title)).toEqual(['B', 'C', 'D']);
    expect(after.backstage.archived.map((b) => b.title)).toEqual(['Standing']);
    expect(after.backstage.unlinked.map((b) => b.title)).toEqual(['Serve B']);
  });
});
