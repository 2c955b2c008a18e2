import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { fitWidthZoom, nextZoom, type Rect } from '../../../shared/map/layout';
import { EmotionCurve } from './EmotionCurve';
import { LaneHeaders, StageHeaders } from './MapHeaders';
import { MapCanvas } from './MapCanvas';
import type { MapUiStore } from './map-ui-store';
import { Overview } from './Overview';
import { ZoomControls } from './ZoomControls';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

interface MapFrameProps {
  data: MapData;
  ui: MapUiStore;
  actions: MapActions;
  hits: ReadonlySet<string> | null;
  /** The width the canvas has at zoom 1 (cards of a short journey stretch to it). */
  onViewportWidth: (width: number) => void;
}

/** The visible window is rounded to this grid, so scrolling re-renders the canvas only every so often. */
const GRID = 160;

/** Room the stage number and the start of its name need; a stage narrower than this keeps its name in place. */
const STAGE_LABEL_ROOM = 180;

/**
 * A stage wider than the window keeps its number and name in view while the
 * map scrolls through it (the strip moves with a transform, so CSS sticky
 * cannot do it). Positions come from the headers' own style, so nothing is
 * measured while scrolling.
 */
function pinStageNames(inner: HTMLElement, scrollLeft: number): void {
  for (const head of inner.querySelectorAll<HTMLElement>('.stage-head')) {
    const left = parseFloat(head.style.left) || 0;
    const width = parseFloat(head.style.width) || 0;
    const pin = Math.max(0, Math.min(scrollLeft - left, width - STAGE_LABEL_ROOM));
    head.style.setProperty('--pin', `${Math.round(pin)}px`);
  }
}

/**
 * Frozen panes around the canvas: stage names on top, lane names on the
 * left, the emotion curve below. Only the body scrolls; the strips follow it
 * through direct style updates, so scrolling never re-renders React — except
 * when the visible part moves far enough for other cards to come into view.
 */
export function MapFrame({ data, ui, actions, hits, onViewportWidth }: MapFrameProps) {
  const { t } = useTranslation();
  const { layout } = data;
  const zoom = useStore(ui, (s) => s.zoom);
  const overview = useStore(ui, (s) => s.overview);
  const curve = useStore(ui, (s) => s.layers.curve);
  const viewport = useRef<HTMLDivElement>(null);
  const stageInner = useRef<HTMLDivElement>(null);
  const laneInner = useRef<HTMLDivElement>(null);
  const curveInner = useRef<HTMLDivElement>(null);
  const overviewRect = useRef<SVGRectElement>(null);
  const shownZoom = useRef(zoom);

  const sync = useCallback(() => {
    const v = viewport.current;
    if (!v) return;
    const z = ui.getState().zoom;
    if (stageInner.current) {
      stageInner.current.style.transform = `translateX(${-v.scrollLeft}px)`;
      pinStageNames(stageInner.current, v.scrollLeft);
    }
    if (curveInner.current) curveInner.current.style.transform = `translateX(${-v.scrollLeft}px)`;
    if (laneInner.current) laneInner.current.style.transform = `translateY(${-v.scrollTop}px)`;
    const r = overviewRect.current;
    if (r) {
      r.setAttribute('x', String(v.scrollLeft / z));
      r.setAttribute('y', String(v.scrollTop / z));
      r.setAttribute('width', String(v.clientWidth / z));
      r.setAttribute('height', String(v.clientHeight / z));
    }
    const snap = (n: number) => Math.floor(n / GRID) * GRID;
    const x = snap(v.scrollLeft / z);
    const y = snap(v.scrollTop / z);
    const window: Rect = {
      x,
      y,
      w: Math.ceil((v.scrollLeft / z + v.clientWidth / z - x) / GRID) * GRID,
      h: Math.ceil((v.scrollTop / z + v.clientHeight / z - y) / GRID) * GRID,
    };
    ui.getState().setWindow(window);
  }, [ui]);

  // Zooming keeps the middle of the view where it was.
  useLayoutEffect(() => {
    const v = viewport.current;
    const before = shownZoom.current;
    shownZoom.current = zoom;
    if (v && before !== zoom) {
      const cx = (v.scrollLeft + v.clientWidth / 2) / before;
      const cy = (v.scrollTop + v.clientHeight / 2) / before;
      v.scrollLeft = cx * zoom - v.clientWidth / 2;
      v.scrollTop = cy * zoom - v.clientHeight / 2;
    }
    sync();
  }, [zoom, sync, overview, layout]);

  useEffect(() => {
    const v = viewport.current;
    if (!v) return;
    const report = () => {
      onViewportWidth(v.clientWidth);
      sync();
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(v);
    return () => observer.disconnect();
  }, [onViewportWidth, sync]);

  /**
   * Bring a card into view by scrolling the map's own viewport — never
   * scrollIntoView, which also scrolls every scrollable ancestor (the window
   * shifted by the height of the top bar: issue #12, defect 2).
   */
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);
  const reveal = useCallback(
    (id: string, smooth: boolean) => {
      const v = viewport.current;
      const rect = layoutRef.current.cards.get(id) ?? layoutRef.current.backCards.get(id);
      if (!v || !rect) return;
      const panel = v.closest('.map-body')?.querySelector<HTMLElement>('.map-panel');
      const covered = panel && getComputedStyle(panel).position === 'absolute' ? panel.offsetWidth + 16 : 0;
      const z = ui.getState().zoom;
      const [left, right, top, bottom] = [rect.x * z, (rect.x + rect.w) * z, rect.y * z, (rect.y + rect.h) * z];
      const width = v.clientWidth - covered;
      let x = v.scrollLeft;
      if (right > x + width - 16) x = right - width + 24;
      if (left < x + 16) x = left - 24;
      let y = v.scrollTop;
      if (bottom > y + v.clientHeight - 16) y = bottom - v.clientHeight + 24;
      if (top < y + 16) y = top - 24;
      if (x !== v.scrollLeft || y !== v.scrollTop)
        v.scrollTo({ left: x, top: y, behavior: smooth ? 'smooth' : 'auto' });
    },
    [ui],
  );
  // A selected card, and the card the keyboard moves to, stay in view — also when the side panel covers the map's right side.
  useEffect(
    () =>
      ui.subscribe((s, before) => {
        if (
          s.selection !== before.selection &&
          (s.selection?.kind === 'touchpoint' || s.selection?.kind === 'backstage')
        ) {
          const id = s.selection.id;
          requestAnimationFrame(() => reveal(id, true));
        } else if (s.activeId !== before.activeId && s.activeId) {
          const id = s.activeId;
          requestAnimationFrame(() => reveal(id, false));
        }
      }),
    [ui, reveal],
  );

  /**
   * A control in a header strip got the keyboard while scrolled out of view:
   * scroll the map (the strips follow), since the strips themselves never
   * scroll (issue #12, defect 1: a strip that scrolled itself put its labels
   * beside the wrong lanes).
   */
  const revealInStrip = useCallback((axis: 'x' | 'y', start: number, size: number) => {
    const v = viewport.current;
    if (!v) return;
    if (axis === 'y') {
      if (start < v.scrollTop) v.scrollTop = start - 8;
      else if (start + size > v.scrollTop + v.clientHeight) v.scrollTop = start + size - v.clientHeight + 8;
    } else if (start < v.scrollLeft) v.scrollLeft = start - 8;
    else if (start + size > v.scrollLeft + v.clientWidth) v.scrollLeft = start + size - v.clientWidth + 8;
  }, []);

  const fit = useCallback(() => {
    const v = viewport.current;
    if (v) ui.getState().setZoom(fitWidthZoom(layout.width, v.clientWidth - 4));
  }, [layout, ui]);

  // Ctrl + wheel zooms (a passive React listener could not stop the page from zooming instead).
  useEffect(() => {
    const v = viewport.current;
    if (!v) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      ui.getState().setZoom(nextZoom(ui.getState().zoom, e.deltaY < 0 ? 1 : -1));
    };
    v.addEventListener('wheel', onWheel, { passive: false });
    return () => v.removeEventListener('wheel', onWheel);
  }, [ui]);

  const jump = useCallback(
    (x: number, y: number) => {
      const v = viewport.current;
      if (!v) return;
      const z = ui.getState().zoom;
      v.scrollLeft = x * z - v.clientWidth / 2;
      v.scrollTop = y * z - v.clientHeight / 2;
    },
    [ui],
  );

  return (
    <div className={`map-frame${curve ? '' : ' no-curve'}`}>
      <div className="map-corner">
        <ZoomControls ui={ui} onFit={fit} />
      </div>
      <StageHeaders data={data} zoom={zoom} inner={stageInner} actions={actions} onReveal={revealInStrip} />
      <LaneHeaders data={data} zoom={zoom} inner={laneInner} actions={actions} ui={ui} onReveal={revealInStrip} />
      <div className="map-viewport" ref={viewport} onScroll={sync}>
        <div className="map-sizer" style={{ width: layout.width * zoom, height: layout.height * zoom }}>
          <MapCanvas data={data} ui={ui} actions={actions} hits={hits} />
        </div>
      </div>
      {curve ? (
        <>
          <div className="map-curve-label">
            <span>{t('map.curve.title')}</span>
            <span className="curve-scale" aria-hidden="true">
              <span>+2</span>
              <span>0</span>
              <span>−2</span>
            </span>
          </div>
          <div className="map-curve-strip">
            <div className="strip-inner" ref={curveInner}>
              <EmotionCurve data={data} zoom={zoom} ui={ui} />
            </div>
          </div>
        </>
      ) : null}
      {overview ? <Overview data={data} viewport={overviewRect} onJump={jump} /> : null}
    </div>
  );
}
