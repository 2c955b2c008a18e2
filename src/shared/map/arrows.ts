import type { Band, MapLayout, Rect } from './layout';
import type { MapView } from './map-view';
import { roundedPath, routeBetween, shiftOf, type Route } from './routing';

/**
 * The routes of every line the map draws: hand-offs between touchpoints,
 * hand-offs between backstage steps, and the links from a backstage step up to
 * the touchpoints it serves. Each runs along the corridors (routing.ts).
 */

/** The corridor along the top of a lane: between the cards of the lane above and this lane's. */
function corridorAbove(bands: readonly Band[], index: number, m: MapLayout['metrics']): number {
  const band = bands[index]!;
  // Cards keep cellPadY from their lane's top and cellPadY + bottomRoom from its bottom.
  return index === 0 ? band.start + m.cellPadY / 2 : band.start - m.bottomRoom / 2;
}

function gutter(bands: readonly Band[], from: number, to: number, m: MapLayout['metrics']): number {
  return corridorAbove(bands, Math.max(from, to), m);
}

export interface RoutedLine {
  id: string;
  fromId: string;
  toId: string;
  route: Route;
}

function routed(
  id: string,
  fromId: string,
  toId: string,
  from: Rect | undefined,
  to: Rect | undefined,
  gutterY: number,
  gap: number,
): RoutedLine | null {
  if (!from || !to) return null;
  return { id, fromId, toId, route: routeBetween(from, to, { gap, gutterY, shift: shiftOf(id) }) };
}

export function transitionLines(view: MapView, layout: MapLayout): RoutedLine[] {
  const m = layout.metrics;
  const out: RoutedLine[] = [];
  for (const t of view.transitions) {
    const a = view.placement.get(t.from_touchpoint_id!);
    const b = view.placement.get(t.to_touchpoint_id!);
    if (!a || !b) continue;
    const line = routed(
      t.id,
      t.from_touchpoint_id!,
      t.to_touchpoint_id!,
      layout.cards.get(t.from_touchpoint_id!),
      layout.cards.get(t.to_touchpoint_id!),
      gutter(layout.lanes, a.laneIndex, b.laneIndex, m),
      m.stepGap,
    );
    if (line) out.push(line);
  }
  return out;
}

export function handoffLines(view: MapView, layout: MapLayout): RoutedLine[] {
  if (!layout.layers.backstage) return [];
  const m = layout.metrics;
  const out: RoutedLine[] = [];
  for (const h of view.handoffs) {
    const a = view.backPlacement.get(h.from_step_id!);
    const b = view.backPlacement.get(h.to_step_id!);
    if (!a || !b) continue;
    const line = routed(
      h.id,
      h.from_step_id!,
      h.to_step_id!,
      layout.backCards.get(h.from_step_id!),
      layout.backCards.get(h.to_step_id!),
      gutter(layout.backLanes, a.laneIndex, b.laneIndex, m),
      m.stepGap,
    );
    if (line) out.push(line);
  }
  return out;
}

/** A backstage step to each touchpoint it serves: up the column gap, along the line of visibility when it must turn. */
export function linkLines(view: MapView, layout: MapLayout): RoutedLine[] {
  if (!layout.layers.backstage || !layout.visibility) return [];
  const m = layout.metrics;
  const y = layout.visibility.start + layout.visibility.size / 2;
  const out: RoutedLine[] = [];
  for (const link of view.slice.backstage.links) {
    const from = layout.backCards.get(link.backstage_step_id!);
    const to = layout.cards.get(link.touchpoint_id!);
    if (!from || !to) continue;
    const shift = shiftOf(link.id) / 2;
    // Up the gap left of the backstage card's column; across along the line of visibility; up the gap left of the touchpoint.
    const gx1 = from.x - m.stepGap / 2 + shift;
    const gx2 = to.x - m.stepGap / 2 + shift;
    const fy = from.y + from.h / 2;
    const ty = to.y + to.h / 2;
    const points: [number, number][] =
      Math.abs(gx1 - gx2) < 1
        ? [
            [from.x, fy],
            [gx1, fy],
            [gx1, ty],
            [to.x, ty],
          ]
        : [
            [from.x, fy],
            [gx1, fy],
            [gx1, y],
            [gx2, y],
            [gx2, ty],
            [to.x, ty],
          ];
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const box = {
      x: Math.min(...xs),
      y: Math.min(...ys),
      w: Math.max(...xs) - Math.min(...xs),
      h: Math.max(...ys) - Math.min(...ys),
    };
    out.push({
      id: link.id,
      fromId: link.backstage_step_id!,
      toId: link.touchpoint_id!,
      route: { d: roundedPath(points), mid: { x: gx1, y: (fy + ty) / 2 }, box },
    });
  }
  return out;
}
