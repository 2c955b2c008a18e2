import type { Touchpoint } from '../schema/tables';
import { firstBandFrom, type MapLayout, type Rect } from './layout';
import type { MapView } from './map-view';
import { intersects } from './routing';

/**
 * What lies in (or near) the visible part of the canvas: the renderer draws
 * only these, so the cost of a frame follows what is on screen, not the size
 * of the journey. Steps are columns sorted by x, so finding them is a binary
 * search and a walk over the visible columns.
 */

export interface Visible {
  /** Step indices whose column meets the window. */
  steps: number[];
  touchpointIds: string[];
  backstageIds: string[];
}

export function visibleIn(view: MapView, layout: MapLayout, window: Rect): Visible {
  const steps: number[] = [];
  const touchpointIds: string[] = [];
  const backstageIds: string[] = [];
  const y0 = window.y;
  const y1 = window.y + window.h;
  for (let i = firstBandFrom(layout.steps, window.x); i < layout.steps.length; i++) {
    if (layout.steps[i]!.start > window.x + window.w) break;
    steps.push(i);
    const step = view.steps[i]!;
    for (const tp of step.touchpoints) {
      const r = layout.cards.get(tp.id);
      if (r && r.y <= y1 && r.y + r.h >= y0) touchpointIds.push(tp.id);
    }
    for (const b of step.backstage) {
      const r = layout.backCards.get(b.id);
      if (r && r.y <= y1 && r.y + r.h >= y0) backstageIds.push(b.id);
    }
  }
  return { steps, touchpointIds, backstageIds };
}

/** The window grown by `margin` on every side, so a short scroll finds its cards already drawn. */
export function grow(window: Rect, margin: number): Rect {
  return { x: window.x - margin, y: window.y - margin, w: window.w + 2 * margin, h: window.h + 2 * margin };
}

/** Lines whose route passes the window. */
export function visibleLines<L extends { route: { box: Rect } }>(lines: readonly L[], window: Rect): L[] {
  return lines.filter((l) => intersects(l.route.box, window));
}

/** Lower case without accents, so "ruckruf" finds "Rückruf" and "cafe" finds "Café". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function searchText(tp: Touchpoint): string {
  return normaliseForSearch(
    [
      tp.title,
      tp.customer_action,
      tp.company_response,
      tp.kpi,
      tp.notes,
      tp.thinks,
      tp.feels,
      tp.says,
      tp.pain_points,
    ].join('\n'),
  );
}

/**
 * The ids of touchpoints matching every word of the query, in time order, so
 * "next match" walks the journey as the customer does. `textOf` lets the
 * caller cache the normalised text per row.
 */
export function searchMap(view: MapView, query: string, textOf: (tp: Touchpoint) => string = searchText): string[] {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: string[] = [];
  for (const tp of view.slice.touchpoints) {
    const text = textOf(tp);
    if (words.every((w) => text.includes(w))) hits.push(tp.id);
  }
  return hits;
}
