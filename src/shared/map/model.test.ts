import { describe, expect, it } from 'vitest';
import { fixture, JOURNEY } from './fixture';
import {
  arrowBetween,
  bandAt,
  fittedMetrics,
  fitZoom,
  layoutMap,
  MAX_COLUMN_WIDTH,
  METRICS,
  nextZoom,
  slotAt,
} from './geometry';
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

describe('map layout', () => {
  it('places cards in their column and lane, stacked by slot', () => {
    const f = fixture(['0/0:a', '0/0:b', '2/1:c']);
    const layout = layoutMap(f.model);
    const a = layout.cards.get(f.id('a'))!;
    const b = layout.cards.get(f.id('b'))!;
    const c = layout.cards.get(f.id('c'))!;
    expect(a.x).toBe(METRICS.cellPadX);
    expect(b.x).toBe(a.x);
    expect(b.y - a.y).toBe(METRICS.cardHeight + METRICS.cardGap);
    expect(c.x).toBe(2 * METRICS.columnWidth + METRICS.cellPadX);
    expect(c.y).toBe(layout.lanes[1]!.start + METRICS.cellPadY);
    expect(layout.width).toBe(3 * METRICS.columnWidth);
    expect(layout.height).toBe(layout.lanes[0]!.size + layout.lanes[1]!.size);
  });

  it('makes a lane as tall as its fullest cell, and empty lanes tall enough for one card', () => {
    const f = fixture(['0/0:a', '0/0:b', '0/0:c', '1/0:d']);
    const model = buildMapModel({
      journeyId: JOURNEY,
      stages: f.stages,
      channels: f.channels,
      touchpoints: f.touchpoints,
      transitions: [],
      extraChannelIds: [f.channels[1]!.id],
    });
    const layout = layoutMap(model);
    expect(layout.lanes[0]!.size).toBeGreaterThanOrEqual(3 * METRICS.cardHeight + 2 * METRICS.cardGap);
    expect(layout.lanes[1]!.size).toBeGreaterThanOrEqual(METRICS.cardHeight);
    expect(layout.lanes[1]!.size).toBeLessThan(layout.lanes[0]!.size);
  });

  it('finds the column or lane under a point, and the slot a drop takes', () => {
    const f = fixture(['0/0:a', '0/0:b']);
    const layout = layoutMap(f.model);
    expect(bandAt(layout.columns, 0)).toBe(0);
    expect(bandAt(layout.columns, METRICS.columnWidth * 2 + 5)).toBe(2);
    expect(bandAt(layout.columns, -1)).toBe(-1);
    expect(bandAt(layout.columns, layout.width)).toBe(-1);
    expect(slotAt(layout, 0, 0, 2)).toBe(0);
    expect(slotAt(layout, 0, METRICS.cellPadY + METRICS.cardHeight + 10, 2)).toBe(1);
    expect(slotAt(layout, 0, 10_000, 2)).toBe(2);
  });

  it('stretches the columns of a short journey to a wide screen, within limits', () => {
    expect(fittedMetrics(1600, 4).columnWidth).toBe(MAX_COLUMN_WIDTH);
    expect(fittedMetrics(1200, 4).columnWidth).toBe(300);
    expect(fittedMetrics(1200, 4).cardWidth).toBe(300 - 2 * METRICS.cellPadX);
    expect(fittedMetrics(1600, 12)).toBe(METRICS);
    expect(fittedMetrics(0, 4)).toBe(METRICS);
    const f = fixture(['0/0:a', '2/1:b']);
    const wide = layoutMap(f.model, fittedMetrics(900, 3));
    expect(wide.width).toBe(900);
    expect(wide.cards.get(f.id('b'))!.x).toBe(600 + METRICS.cellPadX);
  });

  it('fits the canvas into a viewport within the zoom range and steps through zoom levels', () => {
    expect(fitZoom(2000, 1000, 1000, 1000)).toBe(0.5);
    expect(fitZoom(100, 100, 1000, 1000)).toBe(1);
    expect(fitZoom(100_000, 100, 1000, 1000)).toBe(0.25);
    expect(nextZoom(1, 1)).toBe(1.1);
    expect(nextZoom(1, -1)).toBe(0.9);
    expect(nextZoom(0.25, -1)).toBe(0.25);
    expect(nextZoom(1.5, 1)).toBe(1.5);
    expect(nextZoom(0.42, 1)).toBe(0.5);
  });

  it('draws arrows between facing sides, and around the right edge within a column', () => {
    const left = { x: 0, y: 0, w: 100, h: 40 };
    const right = { x: 300, y: 100, w: 100, h: 40 };
    expect(arrowBetween(left, right).d.startsWith('M100,20 ')).toBe(true);
    expect(arrowBetween(left, right).d.endsWith(' 300,120')).toBe(true);
    expect(arrowBetween(right, left).d.startsWith('M300,120 ')).toBe(true);
    expect(arrowBetween(right, left).d.endsWith(' 100,20')).toBe(true);
    const below = { x: 0, y: 200, w: 100, h: 40 };
    const vertical = arrowBetween(left, below);
    expect(vertical.d.startsWith('M100,20 C')).toBe(true);
    expect(vertical.mid.x).toBeGreaterThan(100);
  });

  it('does not compare every card with every other card (a 500-card layout stays fast)', () => {
    const cards: string[] = [];
    for (let i = 0; i < 500; i++) cards.push(`${i % 12}/${i % 15}:${i}`);
    const big = fixture(cards, { stages: 12, channels: 15 });
    const start = performance.now();
    for (let i = 0; i < 20; i++) layoutMap(big.model);
    expect(big.model.lanes).toHaveLength(15);
    expect((performance.now() - start) / 20).toBeLessThan(20);
  });
});
