import { memo, useEffect, useRef, type PointerEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from './useMapData';

export const OVERVIEW_WIDTH = 220;

interface OverviewProps {
  data: MapData;
  /** The rectangle of the visible part; the frame moves it as the map scrolls. */
  viewport: Ref<SVGRectElement>;
  /** Centre the view on this canvas point. */
  onJump: (x: number, y: number) => void;
}

/**
 * The whole map in miniature, cards in their owner's colour, with the visible
 * part framed; click or drag to go there. Painted on a canvas: thousands of
 * cards cost one drawing, not thousands of elements.
 */
export const Overview = memo(function Overview({ data, viewport, onJump }: OverviewProps) {
  const { t } = useTranslation();
  const { layout, view, departmentLook } = data;
  const scale = OVERVIEW_WIDTH / Math.max(1, layout.width);
  const height = Math.max(24, Math.min(180, layout.height * scale));
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const c = canvas.current;
    const g = c?.getContext('2d');
    if (!c || !g) return;
    const sx = c.width / Math.max(1, layout.width);
    const sy = c.height / Math.max(1, layout.height);
    g.clearRect(0, 0, c.width, c.height);
    layout.lanes.forEach((lane, i) => {
      g.fillStyle = i % 2 ? '#f3f5f8' : '#fff';
      g.fillRect(0, lane.start * sy, c.width, lane.size * sy);
    });
    if (layout.visibility) {
      g.fillStyle = '#cbd5e1';
      g.fillRect(0, (layout.visibility.start + layout.visibility.size / 2) * sy, c.width, 1);
    }
    for (const [id, r] of layout.cards) {
      const owner = view.touchpoints.get(id)?.owner_department_id;
      g.fillStyle = (owner && departmentLook.get(owner)?.color) || '#9aa5b3';
      g.fillRect(r.x * sx, r.y * sy, Math.max(1, r.w * sx), Math.max(1, r.h * sy));
    }
    for (const [id, r] of layout.backCards) {
      const dept = view.slice.backstage.byId.get(id)?.department_id;
      g.fillStyle = (dept && departmentLook.get(dept)?.color) || '#9aa5b3';
      g.globalAlpha = 0.6;
      g.fillRect(r.x * sx, r.y * sy, Math.max(1, r.w * sx), Math.max(1, r.h * sy));
      g.globalAlpha = 1;
    }
  }, [layout, view, departmentLook, height]);

  const jump = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    onJump(((e.clientX - box.left) / box.width) * layout.width, ((e.clientY - box.top) / box.height) * layout.height);
  };
  return (
    <div className="map-overview" title={t('map.overview.label')}>
      <canvas
        ref={canvas}
        width={OVERVIEW_WIDTH * 2}
        height={Math.round(height * 2)}
        style={{ width: OVERVIEW_WIDTH, height }}
      />
      <svg
        width={OVERVIEW_WIDTH}
        height={height}
        viewBox={`0 0 ${layout.width} ${Math.max(1, layout.height)}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('map.overview.label')}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          jump(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons === 1) jump(e);
        }}
      >
        <rect ref={viewport} className="overview-viewport" x={0} y={0} width={0} height={0} />
      </svg>
    </div>
  );
});
