import { describe, expect, it } from 'vitest';
import { emotionCurve } from '../journey/curve';
import { journeyFixture } from '../journey/testing';
import { timeColumns } from '../journey/views';
import { emotionColour } from '../emotion';
import { curveGeometry, type CurveColumn } from './curve-geometry';
import { estimateWidth } from './ops';

const f = journeyFixture({
  stages: 3,
  touchpoints: ['0/0/F:Ad', '0/1/V:Call', '0/2/V:Mail', '2/0/F:Store', '2/0/X:Survey'],
  emotions: { Ad: 1, Call: -2, Mail: 1, Store: 2, Survey: 0 },
});
const slice = f.slice();
const curve = emotionCurve(slice);
const W = 60;
const columns: CurveColumn[] = timeColumns(slice).map((c) => ({
  stepIndex: c.step?.index ?? null,
  stageIndex: c.stageIndex,
  x: 100 + c.index * W,
  w: W,
}));
const box = { y: 10, h: 80 };
const options = {
  measure: estimateWidth,
  labelSize: 6.5,
  labelOf: (_: unknown, mark: string) => (mark === 'lowest' ? 'Lowest moment' : 'Highest moment'),
};

describe('per-step curve geometry', () => {
  const d = curveGeometry(curve, columns, box, { ...options, current: 1 });

  it('puts one point per step with touchpoints at the middle of its column, in time order', () => {
    expect(d.dots.map((dot) => [dot.point.stepIndex, dot.x])).toEqual([
      [0, 130],
      [1, 190],
      [2, 310],
      [3, 370],
    ]);
    expect(d.line).toEqual(d.dots.map((dot) => ({ x: dot.x, y: dot.y })));
  });

  it('draws the mean as the point and the range of parallel touchpoints around it, inside the box', () => {
    const parallel = d.dots[1]!;
    expect(parallel.point.mean).toBe(-0.5);
    expect(parallel.yMax).toBeLessThan(parallel.y);
    expect(parallel.yMin).toBeGreaterThan(parallel.y);
    for (const dot of d.dots) {
      expect(dot.yMax).toBeLessThanOrEqual(dot.y);
      expect(dot.yMin).toBeGreaterThanOrEqual(dot.y);
      expect(dot.yMax).toBeGreaterThanOrEqual(box.y);
      expect(dot.yMin).toBeLessThanOrEqual(box.y + box.h);
    }
    const single = d.dots[0]!;
    expect(single.yMin).toBe(single.y);
    // Higher emotion is higher up; the colour follows the rounded mean.
    const y = (v: number) => d.grid.find((g) => g.value === v)!.y;
    expect(y(2)).toBeLessThan(y(0));
    expect(y(0)).toBeLessThan(y(-2));
    expect(single.y).toBeCloseTo(y(1));
    expect(single.colour).toBe(emotionColour(1));
    expect(emotionColour(-0.5)).toBe(emotionColour(0));
    expect(emotionColour(-1.6)).toBe(emotionColour(-2));
  });

  it('draws the stage bands behind their columns, the empty stage too, and marks the current one', () => {
    expect(d.bands.map((b) => [b.stageIndex, b.x, b.w, b.current])).toEqual([
      [0, 100, 120, false],
      [1, 220, 60, true],
      [2, 280, 120, false],
    ]);
  });

  it('labels the lowest below and the highest above its point, inside the columns, never overlapping', () => {
    const low = d.labels.find((l) => l.mark === 'lowest')!;
    const high = d.labels.find((l) => l.mark === 'highest')!;
    expect(low.text).toBe('Lowest moment');
    expect(high.text).toBe('Highest moment');
    const lowDot = d.dots.find((dot) => dot.mark === 'lowest')!;
    const highDot = d.dots.find((dot) => dot.mark === 'highest')!;
    expect(lowDot.point.stepIndex).toBe(1);
    expect(highDot.point.stepIndex).toBe(2);
    expect(low.y).toBeGreaterThan(lowDot.yMin);
    expect(high.y + 8).toBeLessThanOrEqual(highDot.yMax);
    for (const l of [low, high]) {
      expect(l.x).toBeGreaterThanOrEqual(100);
      expect(l.x + l.w).toBeLessThanOrEqual(400);
      expect(l.y).toBeGreaterThanOrEqual(box.y);
      expect(l.y + 8).toBeLessThanOrEqual(box.y + box.h);
    }
    const apart = low.y >= high.y + 8 || high.y >= low.y + 8 || low.x >= high.x + high.w || high.x >= low.x + low.w;
    expect(apart).toBe(true);
  });

  it('keeps a label that is wider than its neighbourhood within the columns, cut when wider than all of them', () => {
    const narrow = columns.slice(0, 2);
    const long = curveGeometry(curve, narrow, box, { ...options, labelOf: () => 'x'.repeat(200) });
    const label = long.labels[0]!;
    expect(label.text.endsWith('…')).toBe(true);
    expect(label.x).toBeGreaterThanOrEqual(100);
    expect(label.x + label.w).toBeLessThanOrEqual(220 + 0.01);
  });

  it('a piece of the columns shows only its own steps, and labels only the marks among them', () => {
    const piece = curveGeometry(curve, columns.slice(3), box, options);
    expect(piece.dots.map((dot) => dot.point.stepIndex)).toEqual([2, 3]);
    expect(piece.labels.map((l) => l.mark)).toEqual(['highest']);
    expect(piece.bands.map((b) => b.stageIndex)).toEqual([2]);
  });

  it('a flat curve or no touchpoints at all has no marks', () => {
    const flat = journeyFixture({ touchpoints: ['0/0/F:A', '1/0/F:B'] }).slice();
    const drawing = curveGeometry(emotionCurve(flat), columns.slice(0, 3), box, options);
    expect(drawing.labels).toEqual([]);
    const empty = journeyFixture({ stages: 2 }).slice();
    expect(curveGeometry(emotionCurve(empty), [], box, options)).toMatchObject({ dots: [], labels: [], bands: [] });
  });
});
