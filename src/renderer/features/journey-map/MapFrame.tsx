import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { fitZoom, nextZoom } from '../../../shared/map/geometry';
import { EmotionCurve } from './EmotionCurve';
import { ADD_LANE_HEIGHT, MapCanvas } from './MapCanvas';
import { LaneHeaders, StageHeaders } from './MapHeaders';
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
  /** The width the canvas has at zoom 1 (columns of a short journey stretch to it). */
  onViewportWidth: (width: number) => void;
}

/**
 * Frozen panes around the canvas: stage names on top, channel names on the
 * left, the emotion curve below. Only the body scrolls; the strips follow it
 * through direct style updates, so scrolling never re-renders React.
 */
export function MapFrame({ data, ui, actions, hits, onViewportWidth }: MapFrameProps) {
  const { t } = useTranslation();
  const { model, layout } = data;
  const zoom = useStore(ui, (s) => s.zoom);
  const overview = useStore(ui, (s) => s.overview);
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
    if (stageInner.current) stageInner.current.style.transform = `translateX(${-v.scrollLeft}px)`;
    if (curveInner.current) curveInner.current.style.transform = `translateX(${-v.scrollLeft}px)`;
    if (laneInner.current) laneInner.current.style.transform = `translateY(${-v.scrollTop}px)`;
    const r = overviewRect.current;
    if (r) {
      r.setAttribute('x', String(v.scrollLeft / z));
      r.setAttribute('y', String(v.scrollTop / z));
      r.setAttribute('width', String(v.clientWidth / z));
      r.setAttribute('height', String(v.clientHeight / z));
    }
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
  }, [zoom, sync, overview]);

  useEffect(() => {
    const v = viewport.current;
    if (!v) return;
    const report = () => onViewportWidth(v.clientWidth);
    report();
    const observer = new ResizeObserver(report);
    observer.observe(v);
    return () => observer.disconnect();
  }, [onViewportWidth]);

  // A selected card stays in view, also when the side panel slides over the map's right side.
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);
  useEffect(
    () =>
      ui.subscribe((s, before) => {
        if (s.selection === before.selection || s.selection?.kind !== 'touchpoint') return;
        const id = s.selection.id;
        requestAnimationFrame(() => {
          const v = viewport.current;
          const rect = layoutRef.current.cards.get(id);
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
          if (x !== v.scrollLeft || y !== v.scrollTop) v.scrollTo({ left: x, top: y, behavior: 'smooth' });
        });
      }),
    [ui],
  );

  const fit = useCallback(() => {
    const v = viewport.current;
    if (v)
      ui.getState().setZoom(
        fitZoom(layout.width, layout.height + ADD_LANE_HEIGHT, v.clientWidth - 4, v.clientHeight - 4),
      );
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
  const openLane = useCallback((channelId: string) => ui.getState().openLane(channelId), [ui]);

  return (
    <div className="map-frame">
      <div className="map-corner">
        <ZoomControls ui={ui} onFit={fit} />
      </div>
      <StageHeaders model={model} layout={layout} zoom={zoom} inner={stageInner} />
      <LaneHeaders
        model={model}
        layout={layout}
        zoom={zoom}
        inner={laneInner}
        channels={data.channels}
        onOpenLane={openLane}
      />
      <div className="map-viewport" ref={viewport} onScroll={sync}>
        <div
          className="map-sizer"
          style={{ width: layout.width * zoom, height: (layout.height + ADD_LANE_HEIGHT) * zoom }}
        >
          <MapCanvas data={data} ui={ui} actions={actions} hits={hits} />
        </div>
      </div>
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
          <EmotionCurve model={model} layout={layout} zoom={zoom} />
        </div>
      </div>
      {overview ? (
        <Overview
          model={model}
          layout={layout}
          departmentLook={data.departmentLook}
          viewport={overviewRect}
          onJump={jump}
        />
      ) : null}
    </div>
  );
}
