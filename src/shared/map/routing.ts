import type { Rect } from './layout';

/**
 * Arrows that go around cards instead of through them. Cards stand in step
 * columns inside lanes, so two kinds of corridor hold no card: the gaps
 * between step columns (vertical) and the padding along lane boundaries
 * (horizontal). An arrow leaves its card sideways into the nearest column gap,
 * runs along a lane boundary to the column gap next to its target, and enters
 * the target from the side: only unrelated arrows can cross it, never a card.
 */

export interface Route {
  /** SVG path data with rounded corners. */
  d: string;
  /** Where a marker (the hand-off warning) sits: the middle of the run along the corridor. */
  mid: { x: number; y: number };
  /** The route's bounding box, to draw only the arrows near the visible part. */
  box: Rect;
}

export interface Corridors {
  /** Horizontal gap beside a card's column: half of it is where the arrow runs. */
  gap: number;
  /** The y of the lane boundary to run along. */
  gutterY: number;
  /** A small shift (a few px) so arrows sharing a corridor stay apart. */
  shift?: number;
}

type Point = [number, number];

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The path through points, each corner rounded by up to `radius`. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  const pts = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
  if (pts.length === 0) return '';
  let d = `M${r1(pts[0]![0])},${r1(pts[0]![1])}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const [px, py] = pts[i - 1]!;
    const [x, y] = pts[i]!;
    const [nx, ny] = pts[i + 1]!;
    const inLen = Math.hypot(x - px, y - py);
    const outLen = Math.hypot(nx - x, ny - y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    const ax = x - ((x - px) / (inLen || 1)) * r;
    const ay = y - ((y - py) / (inLen || 1)) * r;
    const bx = x + ((nx - x) / (outLen || 1)) * r;
    const by = y + ((ny - y) / (outLen || 1)) * r;
    d += ` L${r1(ax)},${r1(ay)} Q${r1(x)},${r1(y)} ${r1(bx)},${r1(by)}`;
  }
  const last = pts[pts.length - 1]!;
  return `${d} L${r1(last[0])},${r1(last[1])}`;
}

function boxOf(points: readonly Point[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/**
 * The route from one card to another. Forward (target to the right): out on
 * the right, in on the left. Backward: out on the left, in on the right. Same
 * column: out and in on the right, through the gap beside it.
 */
export function routeBetween(from: Rect, to: Rect, c: Corridors): Route {
  const shift = c.shift ?? 0;
  const half = c.gap / 2;
  const fy = from.y + from.h / 2;
  const ty = to.y + to.h / 2;
  const gy = c.gutterY + shift;
  let points: Point[];
  let mid: { x: number; y: number };
  if (to.x >= from.x + from.w) {
    const gx1 = from.x + from.w + half + shift;
    const gx2 = to.x - half + shift;
    points =
      Math.abs(gx2 - gx1) < 1
        ? [
            [from.x + from.w, fy],
            [gx1, fy],
            [gx1, ty],
            [to.x, ty],
          ]
        : [
            [from.x + from.w, fy],
            [gx1, fy],
            [gx1, gy],
            [gx2, gy],
            [gx2, ty],
            [to.x, ty],
          ];
  } else if (to.x + to.w <= from.x) {
    const gx1 = from.x - half + shift;
    const gx2 = to.x + to.w + half + shift;
    points =
      Math.abs(gx2 - gx1) < 1
        ? [
            [from.x, fy],
            [gx1, fy],
            [gx1, ty],
            [to.x + to.w, ty],
          ]
        : [
            [from.x, fy],
            [gx1, fy],
            [gx1, gy],
            [gx2, gy],
            [gx2, ty],
            [to.x + to.w, ty],
          ];
  } else {
    const gx = Math.max(from.x + from.w, to.x + to.w) + half + shift;
    points = [
      [from.x + from.w, fy],
      [gx, fy],
      [gx, ty],
      [to.x + to.w, ty],
    ];
  }
  if (points.length === 6) mid = { x: r1((points[2]![0] + points[3]![0]) / 2), y: r1(gy) };
  else mid = { x: r1(points[1]![0]), y: r1((fy + ty) / 2) };
  return { d: roundedPath(points), mid, box: boxOf(points) };
}

/** A small, stable shift per arrow id (−4…4 px), so arrows in one corridor do not lie on top of each other. */
export function shiftOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return ((((h % 9) + 9) % 9) - 4) * 1;
}

/** True when two rectangles overlap. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}
