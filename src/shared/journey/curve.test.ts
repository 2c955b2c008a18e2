import { describe, expect, it } from 'vitest';
import { emotionCurve } from './curve';
import { journeyFixture } from './testing';

describe('emotion curve per step', () => {
  it('has one point per step: parallel touchpoints give a range with the mean as the point', () => {
    const f = journeyFixture({
      touchpoints: ['0/0/F:Ad', '0/1/V:Call', '0/2/V:Mail', '1/0/F:Store', '2/0/F:Survey'],
      emotions: { Ad: 1, Call: -2, Mail: 1, Store: 2, Survey: 0 },
    });
    const curve = emotionCurve(f.slice());
    expect(curve.points.map((p) => [p.stepIndex, p.mean, p.min, p.max, p.count])).toEqual([
      [0, 1, 1, 1, 1],
      [1, -0.5, -2, 1, 2],
      [2, 2, 2, 2, 1],
      [3, 0, 0, 0, 1],
    ]);
    // The one −2 moment is not averaged away into its stage: it is the bottom of its range, and its step is the lowest.
    expect(curve.points[curve.lowest!]!.touchpointIds).toEqual([f.id('Call'), f.id('Mail')]);
    expect(curve.points[curve.highest!]!.touchpointIds).toEqual([f.id('Store')]);
  });

  it('gives stage bands over their steps, an empty stage a band of no steps where it stands', () => {
    const f = journeyFixture({
      stages: 4,
      touchpoints: ['0/0/F:A', '0/0/V:B', '2/0/F:C'],
      emotions: { A: -1, B: 2, C: 1 },
    });
    const { bands } = emotionCurve(f.slice());
    expect(bands.map((b) => [b.name, b.firstStep, b.steps, b.mean])).toEqual([
      ['S0', 0, 2, 0.5],
      ['S1', 2, 0, null],
      ['S2', 2, 1, 1],
      ['S3', 3, 0, null],
    ]);
  });

  it('names no lowest or highest moment on a flat curve or an empty journey', () => {
    const flat = emotionCurve(journeyFixture({ touchpoints: ['0/0/F:A', '1/0/F:B'] }).slice());
    expect([flat.lowest, flat.highest]).toEqual([null, null]);
    const empty = emotionCurve(journeyFixture({}).slice());
    expect(empty.points).toEqual([]);
    expect([empty.lowest, empty.highest]).toEqual([null, null]);
  });

  it('takes the first of tied moments', () => {
    const f = journeyFixture({
      touchpoints: ['0/0/F:A', '0/0/V:B', '1/0/F:C'],
      emotions: { A: -2, B: -2, C: 1 },
    });
    const curve = emotionCurve(f.slice());
    expect(curve.lowest).toBe(0);
    expect(curve.highest).toBe(2);
  });
});
