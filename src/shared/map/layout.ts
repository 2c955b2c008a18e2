import type { MapView } from './map-view';

/**
 * Where everything sits on the map canvas, in canvas pixels at zoom 1. Cards
 * have a fixed size, so positions follow from the view alone: arrows need no
 * measuring of the page, zoom is one CSS transform, and the renderer can ask
 * which cards lie in the visible part without touching the DOM.
 *
 * Left to right: stages, each holding its step columns (an empty stage keeps
 * room for one). Top to bottom: the thoughts row (optional), the channel lanes,
 * the "add channel" lane, then — when the backstage layer is on — the line of
 * visibility, the department lanes, the "add department" lane and the
 * systems row.
 */

export interface Metrics {
  cardWidth: number;
  cardHeight: number;
  /** Between two step columns of a stage: the corridor arrows run in. */
  stepGap: number;
  /** Inside a stage, left and right of its step columns. */
  stagePad: number;
  cellPadY: number;
  cardGap: number;
  backCardHeight: number;
  thoughtsHeight: number;
  visibilityHeight: number;
  systemsHeight: number;
  addLaneHeight: number;
  /** Room under the last card of a lane: a drop or double-click there adds at the end. */
  bottomRoom: number;
}

export const METRICS: Metrics = {
  cardWidth: 196,
  cardHeight: 84,
  stepGap: 24,
  stagePad: 14,
  cellPadY: 10,
  cardGap: 8,
  backCardHeight: 60,
  thoughtsHeight: 78,
  visibilityHeight: 30,
  systemsHeight: 44,
  addLaneHeight: 48,
  bottomRoom: 8,
};

export interface Layers {
  thoughts: boolean;
  backstage: boolean;
}

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
  layers: Layers;
  width: number;
  height: number;
  /** Stage columns (x). */
  stages: Band[];
  /** Step columns (x), by step index in the journey. */
  steps: Band[];
  /** Where a stage without steps takes its first one (x), by stage index; null for stages with steps. */
  emptySlots: (Band | null)[];
  /** Rows (y). */
  thoughts: Band | null;
  lanes: Band[];
  addLane: Band;
  visibility: Band | null;
  backLanes: Band[];
  addBackLane: Band | null;
  systems: Band | null;
  cards: Map<string, Rect>;
  backCards: Map<string, Rect>;
}

export function laneHeight(depth: number, cardHeight: number, m: Metrics = METRICS): number {
  const slots = Math.max(depth, 1);
  return m.cellPadY * 2 + slots * cardHeight + (slots - 1) * m.cardGap + m.bottomRoom;
}

export function layoutMap(
  view: MapView,
  m: Metrics = METRICS,
  layers: Layers = { thoughts: false, backstage: true },
): MapLayout {
  const stages: Band[] = [];
  const steps: Band[] = [];
  const emptySlots: (Band | null)[] = [];
  const pitch = m.cardWidth + m.stepGap;
  let x = 0;
  view.stages.forEach((_, i) => {
    const own = view.slice.stepsByStage[i] ?? [];
    const slots = Math.max(1, own.length);
    const width = 2 * m.stagePad + slots * m.cardWidth + (slots - 1) * m.stepGap;
    stages.push({ start: x, size: width });
    own.forEach((_, j) => steps.push({ start: x + m.stagePad + j * pitch, size: m.cardWidth }));
    emptySlots.push(own.length === 0 ? { start: x + m.stagePad, size: m.cardWidth } : null);
    x += width;
  });

  let y = 0;
  const band = (size: number): Band => {
    const b = { start: y, size };
    y += size;
    return b;
  };
  const thoughts = layers.thoughts ? band(m.thoughtsHeight) : null;
  const lanes = view.lanes.map((lane) => band(laneHeight(lane.depth, m.cardHeight, m)));
  const addLane = band(m.addLaneHeight);
  let visibility: Band | null = null;
  let backLanes: Band[] = [];
  let addBackLane: Band | null = null;
  let systems: Band | null = null;
  if (layers.backstage) {
    visibility = band(m.visibilityHeight);
    backLanes = view.backLanes.map((lane) => band(laneHeight(lane.depth, m.backCardHeight, m)));
    addBackLane = band(m.addLaneHeight);
    systems = band(m.systemsHeight);
  }

  const cards = new Map<string, Rect>();
  for (const [id, p] of view.placement) {
    cards.set(id, {
      x: steps[p.stepIndex]!.start,
      y: lanes[p.laneIndex]!.start + m.cellPadY + p.slot * (m.cardHeight + m.cardGap),
      w: m.cardWidth,
      h: m.cardHeight,
    });
  }
  const backCards = new Map<string, Rect>();
  if (layers.backstage)
    for (const [id, p] of view.backPlacement) {
      backCards.set(id, {
        x: steps[p.stepIndex]!.start,
        y: backLanes[p.laneIndex]!.start + m.cellPadY + p.slot * (m.backCardHeight + m.cardGap),
        w: m.cardWidth,
        h: m.backCardHeight,
      });
    }
  return {
    metrics: m,
    layers,
    width: x,
    height: y,
    stages,
    steps,
    emptySlots,
    thoughts,
    lanes,
    addLane,
    visibility,
    backLanes,
    addBackLane,
    systems,
    cards,
    backCards,
  };
}

/** The widest a card may grow on a big screen; beyond that cards get too wide to scan. */
export const MAX_CARD_WIDTH = 300;

/**
 * Metrics for a viewport: a journey with few steps stretches its cards to use
 * the width of a large screen; many steps keep the standard width and scroll.
 */
export function fittedMetrics(available: number, view: MapView, base: Metrics = METRICS): Metrics {
  const stageCount = view.stages.length;
  if (stageCount === 0 || available <= 0) return base;
  const slots = view.slice.stepsByStage.reduce((n, s) => n + Math.max(1, s.length), 0);
  const fixed = stageCount * 2 * base.stagePad + (slots - stageCount) * base.stepGap;
  const cardWidth = Math.max(base.cardWidth, Math.min(MAX_CARD_WIDTH, Math.floor((available - fixed) / slots)));
  return cardWidth === base.cardWidth ? base : { ...base, cardWidth };
}

/** The band holding `at` (a column or a row), or -1 outside. Bands must be sorted and not overlap. */
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

/** The first band ending after `at` (for range queries over sorted bands). */
export function firstBandFrom(bands: readonly Band[], at: number): number {
  let lo = 0;
  let hi = bands.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bands[mid]!.start + bands[mid]!.size <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const MIN_ZOOM = 0.2;
export const ZOOM_STEPS = [0.2, 0.25, 0.33, 0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5] as const;
/** Below this zoom the cards show their title only, in larger type: readable rather than tiny. */
export const COMPACT_BELOW = 0.6;

export function nextZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > current + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((z) => z < current - 0.001) ?? ZOOM_STEPS[0]!;
}

/** The zoom that fits the map's width into the viewport (never above 100 %, never below MIN_ZOOM). */
export function fitWidthZoom(width: number, viewportW: number): number {
  if (width <= 0 || viewportW <= 0) return 1;
  return Math.max(MIN_ZOOM, Math.min(1, Math.floor((viewportW / width) * 100) / 100));
}
