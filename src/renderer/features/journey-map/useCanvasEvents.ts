import {
  useLayoutEffect,
  useMemo,
  useRef,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { arrowBetween, bandAt, slotAt } from '../../../shared/map/geometry';
import { cellOf } from '../../../shared/map/model';
import { checkDrop, neighbour, type CellTarget, type Direction } from '../../../shared/map/moves';
import type { MapUiStore } from './map-ui-store';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

const DRAG_TYPE = 'application/x-workbench-touchpoint';
const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export interface CanvasRefs {
  canvas: RefObject<HTMLDivElement | null>;
  indicator: RefObject<HTMLDivElement | null>;
  rubberBand: RefObject<SVGPathElement | null>;
}

interface Hit {
  target: CellTarget;
  index: number;
  stageIndex: number;
  laneIndex: number;
}

function cardOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.tp-card') : null;
}

/**
 * Clicks, keys, drags and arrow drawing for every card, handled once on the
 * canvas (event delegation) so the cards stay plain and cheap.
 */
export function useCanvasEvents(data: MapData, zoom: number, ui: MapUiStore, actions: MapActions, refs: CanvasRefs) {
  const latest = useRef({ data, zoom });
  useLayoutEffect(() => {
    latest.current = { data, zoom };
  });
  const dragging = useRef<string | null>(null);
  const drawing = useRef(false);
  /** The click that follows the end of a drawn arrow belongs to the gesture, not to the canvas. */
  const swallowClick = useRef(false);

  return useMemo(() => {
    const toCanvas = (clientX: number, clientY: number) => {
      const rect = refs.canvas.current!.getBoundingClientRect();
      return { x: (clientX - rect.left) / latest.current.zoom, y: (clientY - rect.top) / latest.current.zoom };
    };

    /** The cell (and slot in it) under a point; the row under the last lane is the add-channel lane. */
    const hitAt = (clientX: number, clientY: number, movingId: string | null): Hit | null => {
      const { model, layout } = latest.current.data;
      const { x, y } = toCanvas(clientX, clientY);
      const stageIndex = bandAt(layout.columns, x);
      if (stageIndex < 0) return null;
      const stageId = model.stages[stageIndex]!.id;
      const laneIndex = bandAt(layout.lanes, y);
      if (laneIndex < 0)
        return y >= layout.height
          ? { target: { stageId, channelId: null }, index: 0, stageIndex, laneIndex: -1 }
          : null;
      const channelId = model.lanes[laneIndex]!.channelId;
      const cell = cellOf(model, stageId, channelId);
      let index = slotAt(layout, laneIndex, y, cell.length, layout.metrics);
      const current = movingId ? cell.findIndex((t) => t.id === movingId) : -1;
      if (current >= 0 && index > current) index -= 1;
      return { target: { stageId, channelId }, index, stageIndex, laneIndex };
    };

    const showIndicator = (hit: Hit | null, ok: boolean) => {
      const el = refs.indicator.current;
      if (!el) return;
      if (!hit) {
        el.hidden = true;
        return;
      }
      const { layout } = latest.current.data;
      const col = layout.columns[hit.stageIndex]!;
      const lane = hit.laneIndex >= 0 ? layout.lanes[hit.laneIndex]! : { start: layout.height, size: 56 };
      el.hidden = false;
      el.className = `drop-cell${ok ? '' : ' refused'}`;
      Object.assign(el.style, {
        left: `${col.start}px`,
        top: `${lane.start}px`,
        width: `${col.size}px`,
        height: `${lane.size}px`,
      });
      const m = layout.metrics;
      el.style.setProperty('--slot-y', `${m.cellPadY + hit.index * (m.cardHeight + m.cardGap) - m.cardGap / 2}px`);
    };

    const focusCard = (id: string) => {
      ui.getState().setActive(id);
      requestAnimationFrame(() =>
        refs.canvas.current?.querySelector<HTMLElement>(`.tp-card[data-id="${CSS.escape(id)}"]`)?.focus(),
      );
    };

    const startDrawing = (fromId: string, e: PointerEvent) => {
      drawing.current = true;
      const start = { x: e.clientX, y: e.clientY };
      const from = latest.current.data.layout.cards.get(fromId);
      const band = refs.rubberBand.current;
      const onMove = (ev: globalThis.PointerEvent) => {
        if (!from || !band) return;
        const p = toCanvas(ev.clientX, ev.clientY);
        band.setAttribute('d', arrowBetween(from, { x: p.x, y: p.y - 1, w: 1, h: 2 }).d);
      };
      const onUp = (ev: globalThis.PointerEvent) => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        band?.setAttribute('d', '');
        drawing.current = false;
        swallowClick.current = true;
        setTimeout(() => (swallowClick.current = false), 0);
        const moved = Math.hypot(ev.clientX - start.x, ev.clientY - start.y) > 6;
        const target = cardOf(document.elementFromPoint(ev.clientX, ev.clientY))?.dataset.id;
        if (moved && target) actions.connect(fromId, target);
        else if (!moved) ui.getState().startConnect(fromId);
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
    };

    return {
      onPointerDown(e: PointerEvent<HTMLDivElement>) {
        if (actions.readOnly || e.button !== 0 || !(e.target instanceof Element) || !e.target.closest('[data-handle]'))
          return;
        const id = cardOf(e.target)?.dataset.id;
        if (!id) return;
        e.preventDefault();
        e.stopPropagation();
        startDrawing(id, e);
      },
      onClick(e: MouseEvent<HTMLDivElement>) {
        if (swallowClick.current || !(e.target instanceof Element) || e.target.closest('[data-handle]')) return;
        const s = ui.getState();
        const id = cardOf(e.target)?.dataset.id;
        if (id) {
          // In connect mode the click ends the arrow (an arrow back to its start is refused with a reason).
          if (s.connectFrom) actions.connect(s.connectFrom, id);
          else s.select({ kind: 'touchpoint', id });
          return;
        }
        const arrow = e.target.closest<SVGElement>('[data-transition]')?.dataset.transition;
        if (arrow) return s.select({ kind: 'transition', id: arrow });
        s.startConnect(null);
        s.select(null);
      },
      onDoubleClick(e: MouseEvent<HTMLDivElement>) {
        const id = cardOf(e.target)?.dataset.id;
        if (id) {
          ui.getState().select({ kind: 'touchpoint', id });
          ui.getState().requestTitleFocus(id);
          return;
        }
        const hit = actions.readOnly ? null : hitAt(e.clientX, e.clientY, null);
        if (!hit) return;
        actions.create(hit.target, undefined, hit.index);
      },
      onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
        const id = cardOf(e.target)?.dataset.id;
        if (!id || e.ctrlKey || e.metaKey) return;
        const s = ui.getState();
        const direction = ARROWS[e.key];
        if (direction) {
          e.preventDefault();
          if (e.altKey) {
            // A viewer's map refuses with a reason (actions.readOnly) instead of moving.
            actions.step(id, direction);
            focusCard(id);
          } else {
            const next = neighbour(latest.current.data.model, id, direction);
            if (next) focusCard(next);
          }
          return;
        }
        if (e.altKey) return;
        const key = e.key.toLowerCase();
        if (key === 'enter' || key === ' ') {
          e.preventDefault();
          if (s.connectFrom) actions.connect(s.connectFrom, id);
          else {
            s.select({ kind: 'touchpoint', id });
            s.requestTitleFocus(id);
          }
        } else if (key === 'escape') {
          if (s.connectFrom) s.startConnect(null);
          else s.select(null);
        } else if (
          actions.readOnly &&
          (key === 'c' || key === 'm' || key === 'n' || key === 'delete' || key === 'backspace')
        ) {
          e.preventDefault();
          actions.edit(id, 'editTouchpoint', []);
        } else if (key === 'c') {
          e.preventDefault();
          s.startConnect(id);
        } else if (key === 'm') {
          e.preventDefault();
          s.openDialog({ kind: 'move', id });
        } else if (key === 'n') {
          e.preventDefault();
          const tp = latest.current.data.model.touchpoints.get(id);
          s.openDialog({
            kind: 'add',
            cell: { stageId: tp?.stage_id ?? undefined, channelId: tp?.channel_id ?? undefined },
          });
        } else if (key === 'delete' || key === 'backspace') {
          e.preventDefault();
          actions.archive(id);
        }
      },
      onFocus(e: FocusEvent<HTMLDivElement>) {
        const id = cardOf(e.target)?.dataset.id;
        if (id && ui.getState().activeId !== id) ui.getState().setActive(id);
      },
      onDragStart(e: DragEvent<HTMLDivElement>) {
        const id = cardOf(e.target)?.dataset.id;
        if (!id || drawing.current || actions.readOnly) return e.preventDefault();
        dragging.current = id;
        e.dataTransfer.setData(DRAG_TYPE, id);
        e.dataTransfer.setData('text/plain', latest.current.data.model.touchpoints.get(id)?.title ?? '');
        e.dataTransfer.effectAllowed = 'move';
      },
      onDragOver(e: DragEvent<HTMLDivElement>) {
        if (!dragging.current) return;
        // Always accept the drag here, so that a refused drop can say why.
        e.preventDefault();
        const hit = hitAt(e.clientX, e.clientY, dragging.current);
        showIndicator(hit, !!hit && checkDrop(latest.current.data.model, dragging.current, hit.target) === null);
      },
      onDragLeave(e: DragEvent<HTMLDivElement>) {
        if (e.relatedTarget instanceof Node && refs.canvas.current?.contains(e.relatedTarget)) return;
        showIndicator(null, false);
      },
      onDrop(e: DragEvent<HTMLDivElement>) {
        const id = e.dataTransfer.getData(DRAG_TYPE) || dragging.current;
        showIndicator(null, false);
        dragging.current = null;
        if (!id) return;
        e.preventDefault();
        const hit = hitAt(e.clientX, e.clientY, id);
        if (hit) actions.move(id, hit.target, hit.index);
      },
      onDragEnd() {
        dragging.current = null;
        showIndicator(null, false);
      },
    };
  }, [actions, ui, refs]);
}
