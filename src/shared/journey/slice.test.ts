import { describe, expect, it } from 'vitest';
import { emptyRow } from '../schema/tables';
import { buildJourneySlice } from './slice';
import { journeyFixture, timeline } from './testing';

describe('journey slice', () => {
  it('orders steps by key and makes touchpoints with the same key parallel, in lane order', () => {
    const f = journeyFixture({
      touchpoints: ['0/2/V:Hotline', '0/0/F:Confirmation', '0/1/V:Chat', '0/0/a:Survey', '1/0/F:Store'],
    });
    const slice = f.slice();
    expect(timeline(slice)).toBe('S0: Confirmation | Chat+Hotline | Survey / S1: Store / S2: ');
    expect(slice.touchpoints.map((t) => t.title)).toEqual(['Confirmation', 'Chat', 'Hotline', 'Survey', 'Store']);
    expect(slice.steps.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(slice.stepOf.get(f.id('Hotline'))).toBe(slice.stepOf.get(f.id('Chat')));
  });

  it('shows touchpoints not yet placed in time as the map did before steps: lane by lane, then in the cell', () => {
    const f = journeyFixture({
      touchpoints: ['0/2/-:Late lane', '0/0/-:First lane', '0/0/-:First lane 2', '0/1/-:Middle'],
    });
    expect(timeline(f.slice())).toBe('S0: First lane | First lane 2 | Middle | Late lane / S1:  / S2: ');
    // Each stands in a step of its own, at a key that only depends on the row (the same on every device).
    const slice = f.slice();
    expect(new Set(slice.steps.map((s) => s.key)).size).toBe(4);
    expect(buildJourneySlice(f.rows()).steps.map((s) => s.key)).toEqual(slice.steps.map((s) => s.key));
  });

  it('orders stages by key bytes (mixed case), not by locale', () => {
    const f = journeyFixture({ stages: 3, touchpoints: [] });
    // 'a' sorts after 'Z' in bytes; localeCompare would put it first.
    f.apply([
      { table: 'stages', row: 'stage-0000', column: 'sort_key', value: 'a' },
      { table: 'stages', row: 'stage-0001', column: 'sort_key', value: 'Z' },
      { table: 'stages', row: 'stage-0002', column: 'sort_key', value: 'B' },
    ]);
    expect(f.slice().stages.map((s) => s.name)).toEqual(['S2', 'S1', 'S0']);
  });

  it('keeps other journeys, deleted and archived rows out, and lists orphans and archived apart', () => {
    const f = journeyFixture({ touchpoints: ['0/0/V:Kept', '0/0/W:Archived', '0/0/X:Deleted', '0/0/Y:Lost stage'] });
    f.apply([
      { table: 'touchpoints', row: f.id('Archived'), column: 'archived', value: true },
      { table: 'touchpoints', row: f.id('Deleted'), column: 'tombstone', value: true },
      { table: 'touchpoints', row: f.id('Lost stage'), column: 'stage_id', value: 'stage-gone' },
      { table: 'touchpoints', row: 'tp-elsewhere', column: 'journey_id', value: 'journey-0002' },
      { table: 'touchpoints', row: 'tp-elsewhere', column: 'stage_id', value: 'stage-0000' },
      { table: 'touchpoints', row: 'tp-elsewhere', column: 'channel_id', value: 'chan-00000' },
    ]);
    const slice = f.slice();
    expect(slice.touchpoints.map((t) => t.title)).toEqual(['Kept']);
    expect(slice.archived.map((t) => t.title)).toEqual(['Archived']);
    expect(slice.orphans.map((t) => t.title)).toEqual(['Lost stage']);
  });

  it('places a backstage step in the column of the first touchpoint it serves, an unlinked one where it was put', () => {
    const f = journeyFixture({
      touchpoints: ['0/0/F:Order', '0/1/V:Call', '1/0/F:Pickup'],
      backstage: ['1:Check stock>Pickup,Order', '2:Open ticket>Call', '0:Plan campaign@0/a', '0:Nowhere'],
    });
    const slice = f.slice();
    expect(timeline(slice)).toBe('S0: Order+[Check stock] | Call+[Open ticket] | [Plan campaign] / S1: Pickup / S2: ');
    expect(slice.backstage.serves.get(f.id('Check stock'))!.map((t) => t.title)).toEqual(['Order', 'Pickup']);
    expect(slice.backstage.servedBy.get(f.id('Pickup'))!.map((b) => b.title)).toEqual(['Check stock']);
    expect(slice.backstage.unlinked.map((b) => b.title)).toEqual(['Nowhere', 'Plan campaign']);
    expect(slice.backstage.unplaced.map((b) => b.title)).toEqual(['Nowhere']);
  });

  it('leaves a hand-off to itself and hand-offs of missing steps out, keeps cycles', () => {
    const f = journeyFixture({
      touchpoints: ['0/0/F:A'],
      backstage: ['0:X>A', '1:Y>A'],
      handoffs: [
        ['X', 'Y'],
        ['Y', 'X'],
        ['X', 'X'],
      ],
    });
    expect(f.slice().backstage.handoffs.map((h) => `${h.from_step_id}>${h.to_step_id}`)).toEqual([
      'bs-0000000X>bs-0000000Y',
      'bs-0000000Y>bs-0000000X',
    ]);
  });

  it('collects the messages of its touchpoints in time order, then of stages, then the journey, with their variants', () => {
    const f = journeyFixture({ touchpoints: ['0/0/V:Second', '0/0/F:First'] });
    const message = (id: string, fields: Record<string, string | null>) =>
      Object.entries({ journey_id: 'journey-0001', ...fields }).map(([column, value]) => ({
        table: 'messages' as const,
        row: id,
        column,
        value,
      }));
    const slice = f.apply([
      ...message('msg-journey', { touchpoint_id: null, stage_id: null }),
      ...message('msg-stage0', { stage_id: 'stage-0000', touchpoint_id: null }),
      ...message('msg-second', { touchpoint_id: f.id('Second') }),
      ...message('msg-first', { touchpoint_id: f.id('First') }),
      ...message('msg-other', { journey_id: 'journey-0002', touchpoint_id: null }),
      { table: 'variants', row: 'var-000001', column: 'message_id', value: 'msg-second' },
      { table: 'variants', row: 'var-000002', column: 'message_id', value: 'msg-other' },
    ]);
    expect(slice.messages.map((m) => m.id)).toEqual(['msg-first', 'msg-second', 'msg-stage0', 'msg-journey']);
    expect(slice.variants.map((v) => v.id)).toEqual(['var-000001']);
  });

  it('names a persona only when it exists', () => {
    const f = journeyFixture({});
    const persona = { ...emptyRow('personas', 'persona-01'), name: 'Thomas' };
    expect(buildJourneySlice({ ...f.rows(), persona }).persona?.name).toBe('Thomas');
    expect(buildJourneySlice({ ...f.rows(), persona: { ...persona, tombstone: true } }).persona).toBeNull();
  });
});
