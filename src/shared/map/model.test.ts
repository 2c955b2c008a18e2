import { describe, expect, it } from 'vitest';
import { fixture, JOURNEY } from './fixture';
import { buildMapModel, cellOf, channelsWithoutLane } from './model';

describe('map model', () => {
  it('has a lane for each channel in use, in the catalogue order', () => {
    const f = fixture(['0/2:a', '1/0:b', '2/2:c']);
    expect(f.model.lanes.map((l) => l.channel?.name)).toEqual(['C0', 'C2']);
    expect(f.model.stages.map((s) => s.name)).toEqual(['S0', 'S1', 'S2']);
  });

  it('orders the cards of a cell by sort key, then id', () => {
    const f = fixture(['0/0:a', '0/0:b', '0/0:c']);
    expect(cellOf(f.model, f.stages[0]!.id, f.channels[0]!.id).map((t) => t.title)).toEqual(['a', 'b', 'c']);
    const tied = f.touchpoints.map((t) => ({ ...t, sort_key: 'V' }));
    const model = buildMapModel({
      journeyId: JOURNEY,
      stages: f.stages,
      channels: f.channels,
      touchpoints: tied,
      transitions: [],
    });
    expect(cellOf(model, f.stages[0]!.id, f.channels[0]!.id).map((t) => t.id)).toEqual(tied.map((t) => t.id).sort());
  });

  it('keeps touchpoints without a stage of the journey apart instead of dropping them', () => {
    const f = fixture(['0/0:a', '1/1:b']);
    const stray = { ...f.touchpoints[1]!, stage_id: 'stage-gone-00' };
    const model = buildMapModel({
      journeyId: JOURNEY,
      stages: f.stages,
      channels: f.channels,
      touchpoints: [f.touchpoints[0]!, stray],
      transitions: [],
    });
    expect(model.orphans.map((t) => t.title)).toEqual(['b']);
    expect(model.touchpoints.has(stray.id)).toBe(false);
  });

  it('keeps a lane for a deleted or archived channel, closed to drops', () => {
    const f = fixture(['0/0:a', '0/1:b']);
    const channels = [{ ...f.channels[0]!, archived: true }];
    const model = buildMapModel({
      journeyId: JOURNEY,
      stages: f.stages,
      channels,
      touchpoints: f.touchpoints,
      transitions: [],
    });
    expect(model.lanes.map((l) => [l.channelId, l.closed, l.channel === null])).toEqual([
      [f.channels[0]!.id, true, false],
      [f.channels[1]!.id, true, true],
    ]);
  });

  it('ignores other journeys, archived cards and tombstones', () => {
    const f = fixture(['0/0:a', '0/0:b', '1/0:c']);
    const [a, b, c] = f.touchpoints as [
      (typeof f.touchpoints)[0],
      (typeof f.touchpoints)[0],
      (typeof f.touchpoints)[0],
    ];
    const touchpoints = [
      { ...a, journey_id: 'journey-other' },
      { ...b, archived: true },
      { ...c, tombstone: true },
    ];
    const model = buildMapModel({
      journeyId: JOURNEY,
      stages: f.stages,
      channels: f.channels,
      touchpoints,
      transitions: [],
    });
    expect(model.touchpoints.size).toBe(0);
    expect(model.archived.map((t) => t.title)).toEqual(['b']);
    expect(model.lanes).toEqual([]);
  });

  it('adds lanes the user opened, and offers the channels without a lane', () => {
    const f = fixture(['0/0:a']);
    const model = buildMapModel({
      journeyId: JOURNEY,
      stages: f.stages,
      channels: f.channels,
      touchpoints: f.touchpoints,
      transitions: [],
      extraChannelIds: [f.channels[2]!.id],
    });
    expect(model.lanes.map((l) => l.channel?.name)).toEqual(['C0', 'C2']);
    expect(channelsWithoutLane(model, f.channels).map((c) => c.name)).toEqual(['C1']);
  });

  it('keeps only transitions whose both ends are on the map', () => {
    const f = fixture(['0/0:a', '1/0:b', '2/0:c'], {
      transitions: [
        ['a', 'b'],
        ['b', 'c'],
      ],
    });
    const touchpoints = f.touchpoints.map((t) => (t.title === 'c' ? { ...t, archived: true } : t));
    const model = buildMapModel({
      journeyId: JOURNEY,
      stages: f.stages,
      channels: f.channels,
      touchpoints,
      transitions: f.transitions,
    });
    expect(model.transitions).toHaveLength(1);
    expect(model.allTransitions).toHaveLength(2);
  });
});
