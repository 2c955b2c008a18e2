import { memo, useMemo, type PointerEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLayout } from '../../../shared/map/geometry';
import type { MapModel } from '../../../shared/map/model';
import type { DepartmentLook } from './useMapData';

export const OVERVIEW_WIDTH = 220;

interface OverviewProps {
  model: MapModel;
  layout: MapLayout;
  departmentLook: ReadonlyMap<string, DepartmentLook>;
  /** The rectangle of the visible part; the frame moves it as the map scrolls. */
  viewport: Ref<SVGRectElement>;
  /** Centre the view on this canvas point. */
  onJump: (x: number, y: number) => void;
}

/** The whole map in miniature, cards in their owner's colour, with the visible part framed; click or drag to go there. */
export const Overview = memo(function Overview({ model, layout, departmentLook, viewport, onJump }: OverviewProps) {
  const { t } = useTranslation();
  const scale = OVERVIEW_WIDTH / Math.max(1, layout.width);
  const height = Math.max(24, Math.min(180, layout.height * scale));
  const boxes = [...layout.cards].map(([id, r]) => {
    const owner = model.touchpoints.get(id)?.owner_department_id;
    return { id, r, fill: (owner && departmentLook.get(owner)?.color) || '#9aa5b3' };
  });
  // A title edit changes neither place nor colour: the miniature keeps its elements then.
  const signature = boxes.map((b) => `${b.id}${b.r.x},${b.r.y}${b.fill}`).join();
  const cards = useMemo(
    () => boxes.map((b) => <rect key={b.id} x={b.r.x} y={b.r.y} width={b.r.w} height={b.r.h} rx={6} fill={b.fill} />),
    // The signature stands for the boxes.
    [signature],
  );
  const jump = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    onJump(((e.clientX - box.left) / box.width) * layout.width, ((e.clientY - box.top) / box.height) * layout.height);
  };
  return (
    <div className="map-overview" title={t('map.overview.label')}>
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
        {layout.lanes.map((lane, i) => (
          <rect
            key={i}
            x={0}
            y={lane.start}
            width={layout.width}
            height={lane.size}
            fill={i % 2 ? '#f3f5f8' : '#fff'}
          />
        ))}
        {cards}
        <rect ref={viewport} className="overview-viewport" x={0} y={0} width={0} height={0} />
      </svg>
    </div>
  );
});
