import { describe, expect, it } from 'vitest';
import { buildModel } from './model';
import { omniJourney } from './test-fixtures';

describe('the resolved workspace', () => {
  it('keeps only touchpoints and transitions that are on a live map', () => {
    const o = omniJourney();
    const other = o.b.journey('Other');
    const otherStage = o.b.stage(other, 'Elsewhere');
    const foreign = o.b.touchpoint(otherStage, o.web, o.marketing);
    // A touchpoint claiming this journey but sitting in another journey's stage.
    o.b.touchpoint(otherStage, o.web, o.marketing, { journey_id: o.journey });
    const deletedStage = o.b.stage(o.journey, 'Deleted', { tombstone: true });
    o.b.touchpoint(deletedStage, o.web, o.marketing);
    o.b.transition(o.tps[0], foreign, false);
    o.b.transition(o.tps[0], o.tps[0], false);
    o.b.transition(o.tps[0], 'tpt-missing', false);

    const model = buildModel(o.b.data());
    const j = model.journeys.find((m) => m.journey.id === o.journey)!;
    expect(j.stages.map((s) => s.name)).toEqual(['Inspiration', 'Purchase', 'Service']);
    expect(j.touchpoints.map((t) => t.row.id)).toEqual(o.tps);
    expect(j.transitions.map((t) => t.row.id)).toEqual(o.transitions);
    expect(model.journeys.find((m) => m.journey.id === other)!.touchpoints.map((t) => t.row.id)).toEqual([foreign]);
  });

  it('orders stages and touchpoints by sort key, then id', () => {
    const o = omniJourney();
    o.b.update(o.b.stages, o.stages[0], { sort_key: 'z' });
    const early = o.b.touchpoint(o.stages[1], o.web, o.marketing, { sort_key: '00000' });
    const j = buildModel(o.b.data()).journeys[0]!;
    expect(j.stages.map((s) => s.id)).toEqual([o.stages[1], o.stages[2], o.stages[0]]);
    expect(j.touchpoints.map((t) => t.row.id)).toEqual([early, o.tps[1], o.tps[2], o.tps[0]]);
    expect(j.touchpoints.map((t) => t.stage)).toEqual([0, 0, 1, 2]);
  });
});
