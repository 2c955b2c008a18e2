import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { cellOf } from '../../../shared/map/model';
import type { MapUiStore } from './map-ui-store';
import { cardTexts, TouchpointCard, type CardLook } from './TouchpointCard';
import { TransitionLayer } from './TransitionLayer';
import { useCanvasEvents } from './useCanvasEvents';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

export const ADD_LANE_HEIGHT = 56;

interface MapCanvasProps {
  data: MapData;
  ui: MapUiStore;
  actions: MapActions;
  /** Search hits (empty when no search), to highlight them and dim the rest. */
  hits: ReadonlySet<string> | null;
}

/**
 * The body of the map: lane backgrounds, the hand-off layer, the cards and
 * the drop indicator, all in canvas pixels; the frame scales it for zoom.
 */
export function MapCanvas({ data, ui, actions, hits }: MapCanvasProps) {
  const { t } = useTranslation();
  const { model, layout, departmentLook } = data;
  const zoom = useStore(ui, (s) => s.zoom);
  const selection = useStore(ui, (s) => s.selection);
  const activeId = useStore(ui, (s) => s.activeId);
  const connectFrom = useStore(ui, (s) => s.connectFrom);
  const department = useStore(ui, (s) => s.department);
  const channel = useStore(ui, (s) => s.channel);
  const canvas = useRef<HTMLDivElement>(null);
  const indicator = useRef<HTMLDivElement>(null);
  const rubberBand = useRef<SVGPathElement>(null);
  const refs = useMemo(() => ({ canvas, indicator, rubberBand }), []);
  const events = useCanvasEvents(data, zoom, ui, actions, refs);

  // Render cards in a fixed order (by id), so moving a card never moves its DOM node and focus stays on it.
  const ids = useMemo(() => [...model.touchpoints.keys()].sort(), [model]);
  const firstInMapOrder = useMemo(() => {
    for (const stage of model.stages)
      for (const lane of model.lanes) {
        const first = cellOf(model, stage.id, lane.channelId)[0];
        if (first) return first.id;
      }
    return null;
  }, [model]);
  const tabbable = activeId && model.touchpoints.has(activeId) ? activeId : firstInMapOrder;

  const isDimmed = useCallback(
    (id: string) => {
      const tp = model.touchpoints.get(id);
      if (!tp) return false;
      // A department's highlight lights the cards it owns and those it supports.
      if (
        department !== null &&
        (tp.owner_department_id ?? '') !== department &&
        !tp.supporting_department_ids.includes(department)
      )
        return true;
      if (channel !== null && tp.channel_id !== channel) return true;
      return hits !== null && !hits.has(id);
    },
    [model, department, channel, hits],
  );

  const stageNames = useMemo(() => new Map(model.stages.map((s) => [s.id, s.name])), [model.stages]);
  const laneNames = useMemo(
    () => new Map(model.lanes.map((l) => [l.channelId, l.channel?.name ?? t('map.lane.missing')])),
    [model.lanes, t],
  );
  const selectedCard = selection?.kind === 'touchpoint' ? selection.id : null;
  const texts = useMemo(() => cardTexts(t), [t]);

  return (
    <div
      ref={canvas}
      className={`map-canvas${connectFrom ? ' is-connecting' : ''}`}
      style={{
        width: layout.width,
        height: layout.height + ADD_LANE_HEIGHT,
        transform: `scale(${zoom})`,
        ['--card-w' as string]: `${layout.metrics.cardWidth}px`,
        ['--card-h' as string]: `${layout.metrics.cardHeight}px`,
      }}
      onClick={events.onClick}
      onDoubleClick={events.onDoubleClick}
      onKeyDown={events.onKeyDown}
      onFocus={events.onFocus}
      onPointerDown={events.onPointerDown}
      onDragStart={events.onDragStart}
      onDragOver={events.onDragOver}
      onDragLeave={events.onDragLeave}
      onDrop={events.onDrop}
      onDragEnd={events.onDragEnd}
    >
      {model.lanes.map((lane, i) => (
        <div
          key={lane.channelId}
          className={`lane-bg${i % 2 ? ' odd' : ''}${lane.closed ? ' closed' : ''}${channel !== null && channel !== lane.channelId ? ' is-dimmed' : ''}`}
          style={{ top: layout.lanes[i]!.start, height: layout.lanes[i]!.size }}
        />
      ))}
      <div className="lane-bg add-lane" style={{ top: layout.height, height: ADD_LANE_HEIGHT }} />
      {layout.columns.map((col, i) => (
        <div key={model.stages[i]!.id} className="column-line" style={{ left: col.start + col.size - 1 }} />
      ))}
      <TransitionLayer
        model={model}
        layout={layout}
        selectedTransition={selection?.kind === 'transition' ? selection.id : null}
        selectedCard={selectedCard}
        isDimmed={isDimmed}
        rubberBand={rubberBand}
      />
      {ids.map((id) => {
        const tp = model.touchpoints.get(id)!;
        const rect = layout.cards.get(id)!;
        const owner = tp.owner_department_id ? departmentLook.get(tp.owner_department_id) : undefined;
        const look: CardLook = {
          x: rect.x,
          y: rect.y,
          ownerName: owner?.name ?? null,
          ownerColor: owner?.color ?? null,
          stageName: stageNames.get(tp.stage_id!) ?? '',
          channelName: laneNames.get(tp.channel_id!) ?? '',
          selected: id === selectedCard,
          active: id === tabbable,
          dimmed: isDimmed(id),
          hit: hits !== null && hits.has(id),
          connectSource: id === connectFrom,
        };
        return <TouchpointCard key={id} tp={tp} look={look} texts={texts} />;
      })}
      <div ref={indicator} className="drop-cell" hidden />
    </div>
  );
}
