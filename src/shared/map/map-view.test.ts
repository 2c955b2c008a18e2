import { describe, expect, it } from 'vitest';
import { journeyFixture } from '../journey/testing';
import { hitAt } from './hit';
import { fittedMetrics, layoutMap, METRICS, bandAt, fitWidthZoom, nextZoom } from './layout';
import { checkLane, createTouchpointEdits, laneEdits, laneStep, moveEdits, neighbour } from './map-edits';
import { buildMapView, cellOf, channelsWithoutLane, NO_DEPARTMENT } from './map-view';
import { grow, searchMap, visibleIn } from './visible';

const open = { channelIds: [] as string[], departmentIds: [] as string[] };

describe('map view in time', () => {
  it('has lanes for the channels in use and the lanes opened on the journey, in catalogue order', () => {
    const f = journeyFixture({ channels: 4, touchpoints: ['0/2/F:A', '1/0/F:B'] });
    const view = buildMapView(f.slice(), { channelIds: ['chan-00003'], departmentIds: [] });
    expect(view.lanes.map((l) => [l.channel?.name, l.empty])).toEqual([
      ['C0', false],
      ['C2', false],
      ['C3', true],
    ]);
    expect(channelsWithoutLane(view, [...f.slice().channels.values()]).map((c) => c.name)).toEqual(['C1']);
  });

  it('stacks touchpoints of one step and lane; parallel ones of other lanes stand in the same column', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A', '0/0/F:B', '0/1/F:C', '0/0/V:D'] });
    const view = buildMapView(f.slice(), open);
    expect(view.placement.get(f.id('A'))).toEqual({ stepIndex: 0, laneIndex: 0, slot: 0 });
    expect(view.placement.get(f.id('B'))).toEqual({ stepIndex: 0, laneIndex: 0, slot: 1 });
    expect(view.placement.get(f.id('C'))).toEqual({ stepIndex: 0, laneIndex: 1, slot: 0 });
    expect(view.placement.get(f.id('D'))).toEqual({ stepIndex: 1, laneIndex: 0, slot: 0 });
    expect(view.lanes[0]!.depth).toBe(2);
    expect(cellOf(view, view.steps[0]!.id, 'chan-00000').map((t) => t.title)).toEqual(['A', 'B']);
  });

  it('gives backstage steps department lanes, a lane for those without one, and opened empty lanes', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A'], backstage: ['1:X>A', '-:Y>A'] });
    const view = buildMapView(f.slice(), { channelIds: [], departmentIds: ['dept-00002'] });
    expect(view.backLanes.map((l) => [l.department?.name ?? NO_DEPARTMENT, l.empty])).toEqual([
      ['D1', false],
      ['D2', true],
      ['', false],
    ]);
  });
});

describe('map layout', () => {
  const f = journeyFixture({
    stages: 3,
    touchpoints: ['0/0/F:A', '0/1/F:B', '0/0/V:C', '2/0/F:D'],
    backstage: ['0:X>C'],
  });
  const view = buildMapView(f.slice(), open);

  it('puts step columns inside their stage, an empty stage keeps room for one, and backstage below the line', () => {
    const layout = layoutMap(view);
    const m = METRICS;
    expect(layout.stages.map((s) => s.size)).toEqual([
      2 * m.stagePad + 2 * m.cardWidth + m.stepGap,
      2 * m.stagePad + m.cardWidth,
      2 * m.stagePad + m.cardWidth,
    ]);
    expect(layout.emptySlots.map((s) => s !== null)).toEqual([false, true, false]);
    expect(layout.cards.get(f.id('A'))!.x).toBe(layout.cards.get(f.id('B'))!.x);
    expect(layout.cards.get(f.id('C'))!.x).toBe(m.stagePad + m.cardWidth + m.stepGap);
    const x = layout.backCards.get(f.id('X'))!;
    expect(x.x).toBe(layout.cards.get(f.id('C'))!.x);
    expect(x.y).toBeGreaterThan(layout.visibility!.start);
    const off = layoutMap(view, m, { thoughts: true, backstage: false });
    expect(off.backCards.size).toBe(0);
    expect(off.visibility).toBeNull();
    expect(off.lanes[0]!.start).toBe(m.thoughtsHeight);
  });

  it('stretches cards of a short journey on a wide screen, within limits, and fits the width', () => {
    expect(fittedMetrics(3000, view).cardWidth).toBe(300);
    expect(fittedMetrics(800, view)).toBe(METRICS);
    expect(fittedMetrics(900, view).cardWidth).toBe(198);
    const layout = layoutMap(view);
    expect(fitWidthZoom(layout.width * 2, layout.width)).toBe(0.5);
    expect(fitWidthZoom(100, 1000)).toBe(1);
    expect(fitWidthZoom(100_000, 1000)).toBe(0.2);
    expect(nextZoom(1, -1)).toBe(0.9);
    expect(nextZoom(0.2, -1)).toBe(0.2);
  });

  it('says what is under a point: joining a step in its middle, a new step at its edges and in the gaps', () => {
    const layout = layoutMap(view);
    const m = METRICS;
    const y = layout.lanes[0]!.start + 20;
    const stepA = view.slice.stepOf.get(f.id('A'))!;
    expect(hitAt(view, layout, m.stagePad + m.cardWidth / 2, y)).toMatchObject({
      time: { kind: 'step', stepId: stepA.id },
      row: { kind: 'lane', laneIndex: 0 },
    });
    expect(hitAt(view, layout, m.stagePad + 5, y)!.time).toEqual({ kind: 'gap', stageId: 'stage-0000', gap: 0 });
    expect(hitAt(view, layout, m.stagePad + m.cardWidth + 5, y)!.time).toEqual({
      kind: 'gap',
      stageId: 'stage-0000',
      gap: 1,
    });
    expect(hitAt(view, layout, layout.stages[1]!.start + 30, y)!.time).toEqual({
      kind: 'gap',
      stageId: 'stage-0001',
      gap: 0,
    });
    expect(hitAt(view, layout, 10, layout.addLane.start + 5)!.row).toEqual({ kind: 'addLane' });
    expect(hitAt(view, layout, 10, layout.backLanes[0]!.start + 5)!.row).toEqual({ kind: 'backLane', laneIndex: 0 });
    expect(hitAt(view, layout, layout.width + 10, y)).toBeNull();
    expect(bandAt(layout.stages, -1)).toBe(-1);
  });

  it('finds the cards near a window by their columns (virtualised drawing)', () => {
    const layout = layoutMap(view);
    const left = visibleIn(view, layout, { x: 0, y: 0, w: 50, h: 2000 });
    expect(left.touchpointIds.sort()).toEqual([f.id('A'), f.id('B')].sort());
    const right = visibleIn(view, layout, { x: layout.stages[2]!.start, y: 0, w: 50, h: 2000 });
    expect(right.touchpointIds).toEqual([f.id('D')]);
    const low = visibleIn(view, layout, { x: 0, y: layout.visibility!.start, w: layout.width, h: 500 });
    expect(low.touchpointIds).toEqual([]);
    expect(low.backstageIds).toEqual([f.id('X')]);
    expect(grow({ x: 10, y: 10, w: 10, h: 10 }, 5)).toEqual({ x: 5, y: 5, w: 20, h: 20 });
  });
});

describe('map edits', () => {
  it('a new touchpoint starts with back channel set when its channel has one, and goes where asked in time', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A', '0/0/V:B'] });
    const view = buildMapView(f.slice(), open);
    const edits = createTouchpointEdits(
      view,
      { title: 'N', channel: { id: 'chan-00001', back_channel: true }, time: { kind: 'after', itemId: f.id('A') } },
      'tp-0000000N',
      'z',
    );
    if (typeof edits === 'string') throw new Error(edits);
    const slice = f.apply(edits);
    expect(slice.touchpoints.map((t) => t.title)).toEqual(['A', 'N', 'B']);
    expect(slice.touchpointById.get('tp-0000000N')!.back_channel).toBe(true);
  });

  it('refuses a lane that takes no touchpoint, says nothing changes when nothing does', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A'] });
    f.apply([{ table: 'channels', row: 'chan-00000', column: 'archived', value: true }]);
    const view = buildMapView(f.slice(), open);
    expect(checkLane(view, f.id('A'), null)).toBe('noChannel');
    expect(checkLane(view, f.id('A'), 'chan-00000')).toBe('closedLane');
    expect(checkLane(view, f.id('A'), 'chan-00002')).toBe('closedLane');
    expect(checkLane(view, f.id('A'), 'chan-00002', () => true)).toBeNull();
    expect(checkLane(view, 'tp-nothere', 'chan-00002', () => true)).toBe('unknownTouchpoint');
    expect(moveEdits(view, f.id('A'), { kind: 'step', stepId: view.steps[0]!.id }, 'chan-00000', 's')).toEqual([]);
  });

  it('opens and closes lanes on the journey, once', () => {
    const journey = { id: 'journey-0001', lane_channel_ids: ['chan-00001'], lane_department_ids: [] };
    expect(laneEdits(journey, 'channel', 'chan-00001', true)).toEqual([]);
    expect(laneEdits(journey, 'channel', 'chan-00002', true)[0]!.value).toEqual(['chan-00001', 'chan-00002']);
    expect(laneEdits(journey, 'channel', 'chan-00001', false)[0]!.value).toEqual([]);
    expect(laneEdits(journey, 'department', 'dept-00001', true)[0]!.column).toBe('lane_department_ids');
  });

  it('keyboard: next open lane up or down, and the neighbouring card in time or in the column', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:A', '0/2/F:B', '0/1/V:C'], backstage: ['0:X>A'] });
    const view = buildMapView(f.slice(), open);
    expect(laneStep(view, f.id('A'), 'down')).toBe('chan-00001');
    expect(laneStep(view, f.id('A'), 'up')).toBeNull();
    expect(neighbour(view, f.id('A'), 'down')).toBe(f.id('B'));
    expect(neighbour(view, f.id('B'), 'down')).toBe(f.id('X'));
    expect(neighbour(view, f.id('A'), 'right')).toBe(f.id('C'));
    expect(neighbour(view, f.id('C'), 'left')).toBe(f.id('A'));
    expect(neighbour(view, f.id('C'), 'right')).toBeNull();
  });

  it('searches in time order, across thoughts and feelings too, without accents', () => {
    const f = journeyFixture({ touchpoints: ['0/0/V:Later', '0/1/F:Earlier'] });
    f.apply([{ table: 'touchpoints', row: f.id('Later'), column: 'feels', value: 'Ärger über die Wartezeit' }]);
    f.apply([{ table: 'touchpoints', row: f.id('Earlier'), column: 'says', value: 'Wann kommt die Ware? Ärger!' }]);
    const view = buildMapView(f.slice(), open);
    expect(searchMap(view, 'arger')).toEqual([f.id('Earlier'), f.id('Later')]);
  });
});
