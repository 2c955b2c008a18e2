import type { MapModel } from './model';

/**
 * Where everything sits on the map canvas, in canvas pixels at zoom 1. Cards
 * have a fixed size, so positions follow from the model alone: the arrows of
 * the transition layer need no measuring of the page, and zoom is one CSS
 * transform of the whole canvas.
 */

export interface Metrics {
  columnWidth: number;
  cardWidth: number;
  cardHeight: number;
  cardGap: number;
  cellPadX: number;
  cellPadY: number;
  /** An empty lane still has room for one card, to drop or double-click into. */
  minSlots: number;
  bottomRoom: number;
}

export const METRICS: Metrics = {
  columnWidth: 236,
  cardWidth: 208,
  cardHeight: 70,
  cardGap: 8,
  cellPadX: 14,
  cellPadY: 12,
  minSlots: 1,
  bottomRoom: 16,
};

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Band {
  start: number;
  size: number;
}

export interface MapLayout {
  metrics: Metrics;
  width: number;
  height: number;
  columns: Band[];
  lanes: Band[];
  cards: Map<string, Rect>;
}

export function laneHeight(depth: number, m: Metrics = METRICS): number {
  const slots = Math.max(depth, m.minSlots);
  // A little room under the last card: a drop or double-click there adds at the end.
  return m.cellPadY * 2 + slots * m.cardHeight + (slots - 1) * m.cardGap + m.bottomRoom;
}

export function layoutMap(model: MapModel, m: Metrics = METRICS): MapLayout {
  const columns = model.stages.map((_, i) => ({ start: i * m.columnWidth, size: m.columnWidth }));
  const lanes: Band[] = [];
  let y = 0;
  for (const lane of model.lanes) {
    const size = laneHeight(lane.depth, m);
    lanes.push({ start: y, size });
    y += size;
  }
  const cards = new Map<string, Rect>();
  for (const [id, p] of model.placement) {
    cards.set(id, {
      x: columns[p.stageIndex]!.start + m.cellPadX,
      y: lanes[p.laneIndex]!.start + m.cellPadY + p.slot * (m.cardHeight + m.cardGap),
      w: m.cardWidth,
      h: m.cardHeight,
    });
  }
  return { metrics: m, width: columns.length * m.columnWidth, height: y, columns, lanes, cards };
}

/** Widest column a few stages may stretch to on a big screen; beyond that cards get too wide to scan. */
export const MAX_COLUMN_WIDTH = 340;

/**
 * Metrics for a viewport: a journey with few stages stretches its columns
 * (and cards) to use the width of a large screen; many stages keep the
 * standard width and scroll.
 */
export function fittedMetrics(available: number, stages: number, base: Metrics = METRICS): Metrics {
  if (stages === 0 || available <= 0) return base;
  const columnWidth = Math.max(base.columnWidth, Math.min(MAX_COLUMN_WIDTH, Math.floor(available / stages)));
  return columnWidth === base.columnWidth ? base : { ...base, columnWidth, cardWidth: columnWidth - 2 * base.cellPadX };
}

export function cellRect(layout: MapLayout, stageIndex: number, laneIndex: number): Rect | null {
  const col = layout.columns[stageIndex];
  const lane = layout.lanes[laneIndex];
  if (!col || !lane) return null;
  return { x: col.start, y: lane.start, w: col.size, h: lane.size };
}

/** The band holding `at` (a column or a lane), or -1 outside. */
export function bandAt(bands: readonly Band[], at: number): number {
  let lo = 0;
  let hi = bands.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = bands[mid]!;
    if (at < b.start) hi = mid - 1;
    else if (at >= b.start + b.size) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The slot a card dropped at height `y` inside a lane would take (0…count). */
export function slotAt(layout: MapLayout, laneIndex: number, y: number, count: number, m: Metrics = METRICS): number {
  const lane = layout.lanes[laneIndex];
  if (!lane) return count;
  const inside = y - lane.start - m.cellPadY;
  const slot = Math.round(inside / (m.cardHeight + m.cardGap));
  return Math.max(0, Math.min(count, slot));
}

/** The zoom that shows the whole canvas in a viewport, within the allowed range. */
export function fitZoom(
  width: number,
  height: number,
  viewportW: number,
  viewportH: number,
  min = 0.25,
  max = 1,
): number {
  if (width <= 0 || height <= 0) return max;
  const z = Math.min(viewportW / width, viewportH / height);
  return Math.max(min, Math.min(max, Math.floor(z * 100) / 100));
}

export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5] as const;

export function nextZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > current + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((z) => z < current - 0.001) ?? ZOOM_STEPS[0]!;
}

export interface ArrowGeometry {
  d: string;
  /** Where a marker (the hand-off warning) sits: the middle of the curve. */
  mid: { x: number; y: number };
}

/**
 * A curved arrow between two cards: from the side facing the target to the
 * side facing the source. Cards in the same column connect on their right
 * edge with a bulge, so the arrow does not run through the cards between.
 */
export function arrowBetween(from: Rect, to: Rect): ArrowGeometry {
  const fromMidY = from.y + from.h / 2;
  const toMidY = to.y + to.h / 2;
  let x1: number, x2: number, c1: number, c2: number;
  if (to.x >= from.x + from.w) {
    x1 = from.x + from.w;
    x2 = to.x;
    const pull = Math.max(30, (x2 - x1) / 2);
    c1 = x1 + pull;
    c2 = x2 - pull;
  } else if (to.x + to.w <= from.x) {
    x1 = from.x;
    x2 = to.x + to.w;
    const pull = Math.max(30, (x1 - x2) / 2);
    c1 = x1 - pull;
    c2 = x2 + pull;
  } else {
    x1 = from.x + from.w;
    x2 = to.x + to.w;
    const bulge = 26 + Math.min(60, Math.abs(toMidY - fromMidY) / 8);
    c1 = x1 + bulge;
    c2 = x2 + bulge;
  }
  const r = (n: number) => Math.round(n * 10) / 10;
  const d = `M${r(x1)},${r(fromMidY)} C${r(c1)},${r(fromMidY)} ${r(c2)},${r(toMidY)} ${r(x2)},${r(toMidY)}`;
  // The point at t = 0.5 of the cubic Bézier.
  const mid = { x: r((x1 + 3 * c1 + 3 * c2 + x2) / 8), y: r((fromMidY + toMidY) / 2) };
  return { d, mid };
}
