import { describe, expect, it } from 'vitest';
import { arrowPath, type Box } from './arrow-path';

const box = (left: number, top: number, w = 100, h = 40): Box => ({ left, top, right: left + w, bottom: top + h });
const points = (d: string) =>
  [...d.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

/** A straight segment through the inside of a box (running along its edge is how an arrow enters it). */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, c: Box): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x2 > c.left && x1 < c.right && y2 > c.top && y1 < c.bottom;
}

describe('arrow between two cards of a slide', () => {
  it('runs from the right edge of the first to the left edge of a later one', () => {
    const d = arrowPath(box(0, 0), box(200, 100));
    expect(d.startsWith('M 100 20 C')).toBe(true);
    expect(d.endsWith('200 120')).toBe(true);
  });

  it('comes back into the right edge of a card in the same step or earlier, never left of the first column', () => {
    for (const [from, to, others] of [
      // Back in time over a card between, in the first column's card as the target.
      [box(260, 0), box(0, 0), [box(130, 0)]],
      // Back in time from a lower card of a later column.
      [box(130, 60), box(0, 0), []],
      // Parallel cards of one column, both ways.
      [box(0, 60), box(0, 0), []],
      [box(0, 0), box(0, 60), []],
    ] as const) {
      const p = points(arrowPath(from, to));
      expect(p[0]).toEqual({ x: from.right, y: (from.top + from.bottom) / 2 });
      expect(p.at(-1)).toEqual({ x: to.right, y: (to.top + to.bottom) / 2 });
      expect(p[1]!.x).toBeGreaterThan(from.right);
      expect(p.at(-2)!.x).toBeGreaterThan(to.right);
      expect(Math.min(...p.map((q) => q.x))).toBeGreaterThanOrEqual(Math.min(from.left, to.left));
      for (let i = 1; i < p.length; i++)
        for (const card of [from, to, ...others])
          expect(crosses(p[i - 1]!, p[i]!, card), `${arrowPath(from, to)} × ${JSON.stringify(card)}`).toBe(false);
    }
  });
});
