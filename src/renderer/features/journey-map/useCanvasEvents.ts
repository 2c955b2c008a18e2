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
import { hitAt, type Hit } from '../../../shared/map/hit';
import { neighbour, type Direction } from '../../../shared/map/map-edits';
import { roundedPath } from '../../../shared/map/routing';
import type { MapUiStore } from './map-ui-store';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';
import { MAP_EDIT_KEYS, MAP_KEYS } from './map-keys';
import { bindingFor } from '../../ui/key-table';

const DRAG_TYPE = 'application/x-workbench-card';
const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export interface CanvasRefs {
  canvas: RefObject<HTMLDivElement | null>;
  indicator: RefObject<HTMLDivElement | null>;
  rubberBand: RefObject<SVGPathElement | null>;
}

interface Item {
  kind: 'touchpoint' | 'backstage';
  id: string;
}

function itemOf(target: EventTarget | null): Item | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest<HTMLElement>('.tp-card, .bs-card');
  const id = el?.dataset.id;
  if (!el || !id) return null;
  return { kind: el.classList.contains('bs-card') ? 'backstage' : 'touchpoint', id };
}

/** Focus a card once it is drawn: the map draws only what is near the view, so it may take a frame or two. */
export function focusWhenDrawn(canvas: HTMLElement | null, id: string, tries = 20): void {
  const el = canvas?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
  if (el) el.focus({ preventScroll: true });
  else if (tries > 0) requestAnimationFrame(() => focusWhenDrawn(canvas, id, tries - 1));
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
  const dragging = useRef<Item | null>(null);
  const drawing = useRef(false);
  /** The click that follows the end of a drawn arrow belongs to the gesture, not to the canvas. */
  const swallowClick = useRef(false);

  return useMemo(() => {
    const toCanvas = (clientX: number, clientY: number) => {
      const rect = refs.canvas.current!.getBoundingClientRect();
      return { x: (clientX - rect.left) / latest.current.zoom, y: (clientY - rect.top) / latest.current.zoom };
    };
    const hit = (clientX: number, clientY: number): Hit | null => {
      const { view, layout } = latest.current.data;
      const p = toCanvas(clientX, clientY);
      return hitAt(view, layout, p.x, p.y);
    };

    /** Whether `item` may be dropped at `h`, for the indicator's colour. */
    const dropOk = (item: Item, h: Hit): boolean => {
      const { view } = latest.current.data;
      if (item.kind === 'touchpoint') return h.row.kind === 'lane' && !view.lanes[h.row.laneIndex]!.closed;
      return h.row.kind === 'backLane' && (h.time.kind === 'step' || !view.slice.backstage.serves.has(item.id));
    };

    const showIndicator = (h: Hit | null, ok: boolean) => {
      const el = refs.indicator.current;
      if (!el) return;
      if (!h) {
        el.hidden = true;
        return;
      }
      const { layout } = latest.current.data;
      const row =
        h.row.kind === 'lane'
          ? layout.lanes[h.row.laneIndex]!
          : h.row.kind === 'backLane'
            ? layout.backLanes[h.row.laneIndex]!
            : h.row.kind === 'addLane'
              ? layout.addLane
              : (layout.addBackLane ?? layout.addLane);
      el.hidden = false;
      el.className = `drop-cell${ok ? '' : ' refused'}${h.time.kind === 'step' ? '' : ' gap'}`;
      Object.assign(el.style, {
        left: `${h.marker.start}px`,
        top: `${row.start}px`,
        width: `${h.marker.size}px`,
        height: `${row.size}px`,
      });
    };

    const focusCard = (id: string) => {
      ui.getState().setActive(id);
      focusWhenDrawn(refs.canvas.current, id);
    };

    const link = (from: Item, to: Item) => {
      if (from.kind === 'touchpoint' && to.kind === 'touchpoint') actions.connect(from.id, to.id);
      else if (from.kind === 'backstage' && to.kind === 'backstage') actions.connectBackstage(from.id, to.id);
      else {
        ui.getState().startConnect(null);
        const [b, tp] = from.kind === 'backstage' ? [from.id, to.id] : [to.id, from.id];
        actions.link(b, tp);
      }
    };

    const startDrawing = (from: Item, e: PointerEvent) => {
      drawing.current = true;
      const start = { x: e.clientX, y: e.clientY };
      const { layout } = latest.current.data;
      const rect = from.kind === 'touchpoint' ? layout.cards.get(from.id) : layout.backCards.get(from.id);
      const band = refs.rubberBand.current;
      const onMove = (ev: globalThis.PointerEvent) => {
        if (!rect || !band) return;
        const p = toCanvas(ev.clientX, ev.clientY);
        const y0 = rect.y + rect.h / 2;
        band.setAttribute(
          'd',
          roundedPath([
            [rect.x + rect.w, y0],
            [p.x, y0],
            [p.x, p.y],
          ]),
        );
      };
      const onUp = (ev: globalThis.PointerEvent) => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        band?.setAttribute('d', '');
        drawing.current = false;
        swallowClick.current = true;
        setTimeout(() => (swallowClick.current = false), 0);
        const moved = Math.hypot(ev.clientX - start.x, ev.clientY - start.y) > 6;
        const target = itemOf(document.elementFromPoint(ev.clientX, ev.clientY));
        if (moved && target) link(from, target);
        else if (!moved) ui.getState().startConnect(from);
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
    };

    return {
      onPointerDown(e: PointerEvent<HTMLDivElement>) {
        if (actions.readOnly || e.button !== 0 || !(e.target instanceof Element) || !e.target.closest('[data-handle]'))
          return;
        const item = itemOf(e.target);
        if (!item) return;
        e.preventDefault();
        e.stopPropagation();
        startDrawing(item, e);
      },
      onClick(e: MouseEvent<HTMLDivElement>) {
        if (swallowClick.current || !(e.target instanceof Element) || e.target.closest('[data-handle]')) return;
        const s = ui.getState();
        const item = itemOf(e.target);
        if (item) {
          // In connect mode the click ends the arrow (an arrow back to its start is refused with a reason).
          if (s.connectFrom) link(s.connectFrom, item);
          else s.select(item);
          return;
        }
        const line = e.target.closest<SVGElement>('[data-line]');
        if (line?.dataset.line && line.dataset.kind) {
          const kind = line.dataset.kind === 'handoff' ? 'handoff' : 'transition';
          return s.select({ kind, id: line.dataset.line });
        }
        s.startConnect(null);
        s.select(null);
      },
      onDoubleClick(e: MouseEvent<HTMLDivElement>) {
        const item = itemOf(e.target);
        if (item) {
          ui.getState().select(item);
          ui.getState().requestTitleFocus(item.id);
          return;
        }
        if (actions.readOnly) return;
        const h = hit(e.clientX, e.clientY);
        if (!h) return;
        const { view } = latest.current.data;
        if (h.row.kind === 'lane') {
          const channel = view.lanes[h.row.laneIndex]!.channel;
          if (channel) actions.create({ time: h.time, channel });
        } else if (h.row.kind === 'backLane') {
          const departmentId = view.backLanes[h.row.laneIndex]!.departmentId || null;
          actions.createBackstage({ title: '', departmentId, touchpointId: null, time: h.time });
        } else if (h.row.kind === 'addLane') {
          ui.getState().openDialog({ kind: 'add', place: { time: h.time } });
        } else if (h.row.kind === 'addBackLane') {
          ui.getState().openDialog({ kind: 'addBackstage', touchpointId: null, time: h.time });
        }
      },
      onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
        const item = itemOf(e.target);
        const binding = item ? bindingFor(MAP_KEYS, e) : null;
        if (!item || !binding) return;
        const { id } = item;
        const s = ui.getState();
        const action = binding.action;
        e.preventDefault();
        // A viewer's map refuses with a reason (actions.readOnly) instead of changing.
        if (actions.readOnly && MAP_EDIT_KEYS.has(action)) {
          actions.archive(id);
          return;
        }
        switch (action) {
          case 'go': {
            const next = neighbour(latest.current.data.view, id, ARROWS[e.key]!);
            if (next) focusCard(next);
            return;
          }
          case 'together':
          case 'time':
            actions.stepTime(id, e.key === 'ArrowLeft' ? 'earlier' : 'later', action === 'together');
            focusCard(id);
            return;
          case 'lane':
            actions.stepLane(id, e.key === 'ArrowUp' ? 'up' : 'down');
            focusCard(id);
            return;
          case 'open':
            if (s.connectFrom) link(s.connectFrom, item);
            else {
              s.select(item);
              s.requestTitleFocus(id);
            }
            return;
          case 'cancel':
            if (s.connectFrom) s.startConnect(null);
            else s.select(null);
            return;
          case 'connect':
            s.startConnect(item);
            return;
          case 'move':
            if (item.kind === 'touchpoint') s.openDialog({ kind: 'move', id });
            return;
          case 'addAfter': {
            const tp = latest.current.data.view.touchpoints.get(id);
            s.openDialog({ kind: 'add', place: { time: { kind: 'after', itemId: id }, channelId: tp?.channel_id } });
            return;
          }
          case 'addBackstage':
            if (item.kind === 'touchpoint') s.openDialog({ kind: 'addBackstage', touchpointId: id });
            return;
          case 'archive':
            if (item.kind === 'touchpoint') actions.archive(id);
            else actions.archiveBackstage(id, true);
            return;
        }
      },
      onFocus(e: FocusEvent<HTMLDivElement>) {
        const item = itemOf(e.target);
        if (item && ui.getState().activeId !== item.id) ui.getState().setActive(item.id);
      },
      onDragStart(e: DragEvent<HTMLDivElement>) {
        const item = itemOf(e.target);
        if (!item || drawing.current || actions.readOnly) return e.preventDefault();
        dragging.current = item;
        e.dataTransfer.setData(DRAG_TYPE, `${item.kind}:${item.id}`);
        const { view } = latest.current.data;
        const title =
          item.kind === 'touchpoint'
            ? view.touchpoints.get(item.id)?.title
            : view.slice.backstage.byId.get(item.id)?.title;
        e.dataTransfer.setData('text/plain', title ?? '');
        e.dataTransfer.effectAllowed = 'move';
      },
      onDragOver(e: DragEvent<HTMLDivElement>) {
        const item = dragging.current;
        if (!item) return;
        // Always accept the drag here, so that a refused drop can say why.
        e.preventDefault();
        const h = hit(e.clientX, e.clientY);
        showIndicator(h, !!h && dropOk(item, h));
      },
      onDragLeave(e: DragEvent<HTMLDivElement>) {
        if (e.relatedTarget instanceof Node && refs.canvas.current?.contains(e.relatedTarget)) return;
        showIndicator(null, false);
      },
      onDrop(e: DragEvent<HTMLDivElement>) {
        const raw = e.dataTransfer.getData(DRAG_TYPE);
        const item: Item | null = raw
          ? { kind: raw.startsWith('backstage:') ? 'backstage' : 'touchpoint', id: raw.slice(raw.indexOf(':') + 1) }
          : dragging.current;
        showIndicator(null, false);
        dragging.current = null;
        if (!item) return;
        e.preventDefault();
        const h = hit(e.clientX, e.clientY);
        if (!h) return;
        const { view } = latest.current.data;
        if (item.kind === 'touchpoint') {
          if (h.row.kind === 'lane') return actions.move(item.id, h.time, view.lanes[h.row.laneIndex]!.channelId);
          // The add-channel lane and the backstage take no touchpoint: the move explains why.
          return actions.move(item.id, h.time, null);
        }
        if (h.row.kind !== 'backLane') return;
        const departmentId = view.backLanes[h.row.laneIndex]!.departmentId || null;
        const own = view.slice.stepOf.get(item.id);
        const sameColumn = h.time.kind === 'step' && own?.id === h.time.stepId;
        actions.moveBackstage(item.id, sameColumn ? null : h.time, departmentId);
      },
      onDragEnd() {
        dragging.current = null;
        showIndicator(null, false);
      },
    };
  }, [actions, ui, refs]);
}
