import { describe, expect, it } from 'vitest';
import type { FieldEdit } from '../changes';
import {
  archiveTouchpointEdits,
  backstageHandoffs,
  checkBackstageHandoff,
  createBackstageHandoffEdits,
  createBackstageStepEdits,
  linkEdits,
  onlyServing,
  unlinkEdits,
} from './backstage';
import { journeyFixture, timeline } from './testing';

const ok = (x: FieldEdit[] | string): FieldEdit[] => {
  if (typeof x === 'string') throw new Error(`refused: ${x}`);
  return x;
};

describe('backstage links', () => {
  it('a new backstage step serving a touchpoint stands in its column; link, unlink, duplicate refused', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:Order', '0/1/V:Call'] });
    let slice = f.apply(
      ok(
        createBackstageStepEdits(
          f.slice(),
          {
            id: 'bs-ticket01',
            title: 'Open ticket',
            departmentId: 'dept-00002',
            serves: { touchpointId: f.id('Call'), linkId: 'link-new01' },
          },
          's1',
        ),
      ),
    );
    expect(timeline(slice).split(' / ')[0]).toBe('S0: Order | Call+[Open ticket]');
    expect(linkEdits(slice, 'bs-ticket01', f.id('Call'), 'link-dup01')).toBe('duplicate');
    expect(linkEdits(slice, 'bs-ticket01', 'tp-nothere', 'link-x')).toBe('missing');
    slice = f.apply(ok(linkEdits(slice, 'bs-ticket01', f.id('Order'), 'link-new02')));
    // It now stands with the first touchpoint it serves.
    expect(timeline(slice).split(' / ')[0]).toBe('S0: Order+[Open ticket] | Call');
    slice = f.apply(unlinkEdits(slice, 'bs-ticket01', f.id('Order'), 's2'));
    slice = f.apply(unlinkEdits(slice, 'bs-ticket01', f.id('Call'), 's3'));
    // Serving nothing, it stays where it stood and is listed as unlinked, not lost.
    expect(timeline(slice).split(' / ')[0]).toBe('S0: Order | Call+[Open ticket]');
    expect(slice.backstage.unlinked.map((b) => b.title)).toEqual(['Open ticket']);
  });

  it('a backstage step of no touchpoint and no stage is listed, not lost', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A'], backstage: ['0:Adrift'] });
    const slice = f.slice();
    expect(slice.backstage.unplaced.map((b) => b.title)).toEqual(['Adrift']);
    expect(slice.backstage.unlinked.map((b) => b.title)).toEqual(['Adrift']);
  });

  it('a backstage step can stand in a gap of its own, without a touchpoint', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A', '0/0/V:B'] });
    const slice = f.apply(
      ok(
        createBackstageStepEdits(
          f.slice(),
          {
            id: 'bs-prepare1',
            title: 'Prepare',
            departmentId: null,
            place: { kind: 'gap', stageId: 'stage-0000', gap: 1 },
          },
          'p',
        ),
      ),
    );
    expect(timeline(slice).split(' / ')[0]).toBe('S0: A | [Prepare] | B');
  });
});

describe('deleting a touchpoint asks what happens to its backstage steps', () => {
  const build = () =>
    journeyFixture({
      touchpoints: ['0/0/F:A', '0/1/V:B'],
      backstage: ['1:Only A>A', '2:A and B>A,B'],
    });

  it('keep: the steps serving only it stay in its column, unlinked; a shared one follows the other touchpoint', () => {
    const f = build();
    expect(onlyServing(f.slice(), f.id('A')).map((b) => b.title)).toEqual(['Only A']);
    const slice = f.apply(archiveTouchpointEdits(f.slice(), f.id('A'), 'keep', 'k'));
    expect(timeline(slice).split(' / ')[0]).toBe('S0: [Only A] | B+[A and B]');
    expect(slice.backstage.unlinked.map((b) => b.title)).toEqual(['Only A']);
    // Restoring the touchpoint links it again: the links were kept.
    const back = f.apply([{ table: 'touchpoints', row: f.id('A'), column: 'archived', value: false }]);
    expect(back.backstage.serves.get(f.id('Only A'))!.map((t) => t.title)).toEqual(['A']);
  });

  it('archive: the steps serving only it are archived with it', () => {
    const f = build();
    const slice = f.apply(archiveTouchpointEdits(f.slice(), f.id('A'), 'archive', 'k'));
    expect(slice.backstage.archived.map((b) => b.title)).toEqual(['Only A']);
    expect(timeline(slice).split(' / ')[0]).toBe('S0: B+[A and B]');
  });
});

describe('backstage hand-offs', () => {
  const f = journeyFixture({
    touchpoints: ['0/0/F:Call', '1/0/F:Store'],
    backstage: ['2:Log ticket>Call', '2:Escalate>Call', '5:Check stock>Store'],
    departments: 6,
  });

  it('refuses a hand-off to itself and a second identical one; allows cycles', () => {
    const slice = f.slice();
    expect(checkBackstageHandoff(slice, f.id('Log ticket'), f.id('Log ticket'))).toBe('self');
    expect(checkBackstageHandoff(slice, f.id('Log ticket'), 'bs-missing')).toBe('missing');
    const next = f.apply(
      ok(createBackstageHandoffEdits(slice, f.id('Log ticket'), f.id('Check stock'), 'ho-a0000001')),
    );
    expect(createBackstageHandoffEdits(next, f.id('Log ticket'), f.id('Check stock'), 'ho-a0000002')).toBe('duplicate');
    const cycle = f.apply(
      ok(createBackstageHandoffEdits(next, f.id('Check stock'), f.id('Log ticket'), 'ho-a0000003')),
    );
    expect(cycle.backstage.handoffs).toHaveLength(2);
  });

  it('says which hand-offs lose context and which cross into another department (silo), in time order', () => {
    const slice = f.apply([
      ...ok(createBackstageHandoffEdits(f.slice(), f.id('Escalate'), f.id('Log ticket'), 'ho-b0000001', true)),
      ...ok(createBackstageHandoffEdits(f.slice(), f.id('Log ticket'), f.id('Escalate'), 'ho-b0000002')),
    ]);
    const views = backstageHandoffs(slice).map((h) => `${h.from.title}>${h.to.title}:${h.status}`);
    expect(views).toEqual([
      'Escalate>Log ticket:carried',
      'Log ticket>Escalate:lost',
      'Log ticket>Check stock:silo',
      'Check stock>Log ticket:silo',
    ]);
  });
});
