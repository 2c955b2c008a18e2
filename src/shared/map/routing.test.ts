import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyFixture } from '../journey/testing';
import { handoffLines, linkLines, transitionLines } from './arrows';
import { layoutMap, type Rect } from './layout';
import { buildMapView } from './map-view';
import { intersects, routeBetween } from './routing';

/** The straight segments of a route (its corner points), to test them against cards. */
function segments(d: string): [number, number, number, number][] {
  const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) points.push([nums[i]!, nums[i + 1]!]);
  const out: [number, number, number, number][] = [];
  for (let i = 1; i < points.length; i++) out.push([...points[i - 1]!, ...points[i]!]);
  return out;
}

function crosses(seg: [number, number, number, number], r: Rect): boolean {
  const [x1, y1, x2, y2] = seg;
  const inset = { x: r.x + 2, y: r.y + 2, w: r.w - 4, h: r.h - 4 };
  return intersects({ x: Math.min(x1, x2), y: Math.min(y1, y2), w: Math.abs(x2 - x1), h: Math.abs(y2 - y1) }, inset);
}

describe('arrows route around cards', () => {
  it('forward, backward and within one column, entering and leaving from the sides', () => {
    const a = { x: 0, y: 0, w: 100, h: 50 };
    const b = { x: 200, y: 200, w: 100, h: 50 };
    expect(routeBetween(a, b, { gap: 20, gutterY: 120 }).d.startsWith('M100,25')).toBe(true);
    expect(routeBetween(a, b, { gap: 20, gutterY: 120 }).d.endsWith('L200,225')).toBe(true);
    expect(routeBetween(b, a, { gap: 20, gutterY: 120 }).d.startsWith('M200,225')).toBe(true);
    expect(routeBetween(b, a, { gap: 20, gutterY: 120 }).d.endsWith('L100,25')).toBe(true);
    const below = { x: 0, y: 100, w: 100, h: 50 };
    expect(routeBetween(a, below, { gap: 20, gutterY: 80 }).d.endsWith('L100,125')).toBe(true);
  });

  it('property: on a random map no hand-off, backstage hand-off or link crosses a card it does not end at', () => {
    const card = fc.record({
      stage: fc.integer({ min: 0, max: 2 }),
      lane: fc.integer({ min: 0, max: 2 }),
      step: fc.constantFrom('F', 'V', 'k'),
    });
    fc.assert(
      fc.property(
        fc.array(card, { minLength: 2, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
        (cards, pairs) => {
          const titles = cards.map((_, i) => `T${i}`);
          const f = journeyFixture({
            touchpoints: cards.map((c, i) => `${c.stage}/${c.lane}/${c.step}:${titles[i]}`),
            transitions: pairs
              .map(([a, b]) => [titles[a % titles.length]!, titles[b % titles.length]!] as [string, string])
              .filter(([a, b]) => a !== b),
            backstage: titles.slice(0, 3).map((t, i) => `${i}:B${i}>${t}`),
            handoffs: [
              ['B0', 'B1'],
              ['B1', 'B2'],
            ],
          });
          const view = buildMapView(f.slice(), { channelIds: [], departmentIds: [] });
          const layout = layoutMap(view);
          const rects = [...layout.cards, ...layout.backCards];
          for (const line of [
            ...transitionLines(view, layout),
            ...handoffLines(view, layout),
            ...linkLines(view, layout),
          ]) {
            for (const [id, r] of rects) {
              if (id === line.fromId || id === line.toId) continue;
              for (const seg of segments(line.route.d)) expect(crosses(seg, r), `${line.id} crosses ${id}`).toBe(false);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
