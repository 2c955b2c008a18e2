import { describe, expect, it } from 'vitest';
import { arrowPath, type Box } from './arrow-path';

const box = (left: number, top: number, w = 100, h = 40): Box => ({ left, top, right: left + w, bottom: top + h });
const points = (d: string) =>
  [...d.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

describe('arrow between two cards of a slide', () => {
  it('runs from the right edge of the first to the left edge of a later one', () => {
    const d = arrowPath(box(0, 0), box(200, 100));
    expect(d.startsWith('M 100 20 C')).toBe(true);
    expect(d.endsWith('200 120')).toBe(true);
  });

  it('goes round above both cards when the target is in the same step or earlier', () => {
    for (const [from, to] of [
      [box(200, 100), box(0, 0)],
      [box(0, 60), box(0, 0)],
      [box(0, 0), box(0, 60)],
    ] as const) {
      const p = points(arrowPath(from, to));
      expect(p[0]).toEqual({ x: from.right, y: (from.top + from.bottom) / 2 });
      expect(p.at(-1)).toEqual({ x: to.left, y: (to.top + to.bottom) / 2 });
      // The detour's horizontal run is above both cards, its verticals beside them: it crosses neither.
      const top = Math.min(...p.map((q) => q.y));
      expect(top).toBeLessThan(Math.min(from.top, to.top));
      expect(p[1]!.x).toBeGreaterThan(from.right);
      expect(p.at(-2)!.x).toBeLessThan(to.left);
    }
  });
});
