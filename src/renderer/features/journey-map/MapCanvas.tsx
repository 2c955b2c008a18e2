import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { COMPACT_BELOW } from '../../../shared/map/layout';
import { grow, visibleIn } from '../../../shared/map/visible';
import { ArrowLayer } from './ArrowLayer';
import { BackstageCard, type BackCardLook, type BackCardTexts } from './BackstageCard';
import type { MapUiStore } from './map-ui-store';
import { StepExtras } from './StepExtras';
import { cardTexts, TouchpointCard, type CardLook } from './TouchpointCard';
import { useCanvasEvents } from './useCanvasEvents';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

interface MapCanvasProps {
  data: MapData;
  ui: MapUiStore;
  actions: MapActions;
  /** Search hits (null when no search), to highlight them and dim the rest. */
  hits: ReadonlySet<string> | null;
}

/** Cards this far outside the view are drawn already, so a scroll finds them in place. */
const MARGIN = 400;

/**
 * The body of the map: lane backgrounds, the line of visibility, the lines,
 * the cards and the drop indicator, in canvas pixels; the frame scales it for
 * zoom. Only what lies near the visible part is drawn (virtualised), so a
 * frame costs the same for 50 touchpoints or 5,000.
 */
export function MapCanvas({ data, ui, actions, hits }: MapCanvasProps) {
  const { t } = useTranslation();
  const { view, layout, departmentLook, slice } = data;
  const zoom = useStore(ui, (s) => s.zoom);
  const window = useStore(ui, (s) => s.window);
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

  const area = useMemo(() => grow(window, MARGIN), [window]);
  const visible = useMemo(() => visibleIn(view, layout, area), [view, layout, area]);
  const firstInTime = slice.touchpoints[0]?.id ?? slice.backstage.steps[0]?.id ?? null;
  const tabbable =
    activeId && (view.placement.has(activeId) || view.backPlacement.has(activeId)) ? activeId : firstInTime;

  // The selected and the keyboard's card are always drawn: focus and the panel must not lose them.
  const touchpointIds = useMemo(() => {
    const ids = new Set(visible.touchpointIds);
    for (const id of [tabbable, selection?.id]) if (id && view.placement.has(id)) ids.add(id);
    // Fixed DOM order (by id): moving a card never moves its node, so focus stays on it.
    return [...ids].sort();
  }, [visible, tabbable, selection, view]);
  const backstageIds = useMemo(() => {
    const ids = new Set(visible.backstageIds);
    for (const id of [tabbable, selection?.id]) if (id && view.backPlacement.has(id)) ids.add(id);
    return [...ids].sort();
  }, [visible, tabbable, selection, view]);

  const isDimmed = useCallback(
    (id: string) => {
      const tp = view.touchpoints.get(id);
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
    [view, department, channel, hits],
  );

  const stageNames = useMemo(() => new Map(view.stages.map((s) => [s.id, s.name])), [view.stages]);
  const laneNames = useMemo(
    () => new Map(view.lanes.map((l) => [l.channelId, l.channel?.name ?? t('map.lane.missing')])),
    [view.lanes, t],
  );
  const selectedId = selection?.kind === 'touchpoint' || selection?.kind === 'backstage' ? selection.id : null;
  const connectId = connectFrom?.id ?? null;
  const texts = useMemo(() => cardTexts(t), [t]);
  const backTexts = useMemo<BackCardTexts>(
    () => ({
      label: t('map.backstage.cardLabel', { title: '{title}', department: '{department}', systems: '{systems}' }),
      untitled: t('map.backstage.untitled'),
      noDepartment: t('map.backstage.noDepartment'),
      unlinked: t('map.backstage.unlinkedShort'),
      serves: t('map.backstage.serves'),
      connectHandle: t('map.card.connectHandle', { title: '{title}' }),
    }),
    [t],
  );
  const m = layout.metrics;
  const compact = zoom < COMPACT_BELOW;

  return (
    <div
      ref={canvas}
      className={`map-canvas${connectFrom ? ' is-connecting' : ''}${compact ? ' compact' : ''}`}
      style={{
        width: layout.width,
        height: layout.height,
        transform: `scale(${zoom})`,
        ['--card-w' as string]: `${m.cardWidth}px`,
        ['--card-h' as string]: `${m.cardHeight}px`,
        ['--bs-card-h' as string]: `${m.backCardHeight}px`,
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
      {layout.stages.map((band, i) => (
        <div
          key={view.stages[i]!.id}
          className={`stage-bg${i % 2 ? ' odd' : ''}`}
          style={{ left: band.start, width: band.size, height: layout.height }}
        />
      ))}
      {layout.thoughts ? (
        <div className="row-bg thoughts-bg" style={{ top: layout.thoughts.start, height: layout.thoughts.size }} />
      ) : null}
      {view.lanes.map((lane, i) => (
        <div
          key={lane.channelId}
          className={`lane-bg${lane.closed ? ' closed' : ''}${channel !== null && channel !== lane.channelId ? ' is-dimmed' : ''}`}
          style={{ top: layout.lanes[i]!.start, height: layout.lanes[i]!.size }}
        />
      ))}
      <div className="lane-bg add-lane" style={{ top: layout.addLane.start, height: layout.addLane.size }} />
      {layout.visibility ? (
        <div
          className="visibility-line"
          style={{ top: layout.visibility.start, height: layout.visibility.size }}
          aria-hidden="true"
        />
      ) : null}
      {view.backLanes.map((lane, i) =>
        layout.backLanes[i] ? (
          <div
            key={lane.departmentId || '-'}
            className="lane-bg back"
            style={{ top: layout.backLanes[i].start, height: layout.backLanes[i].size }}
          />
        ) : null,
      )}
      {layout.addBackLane ? (
        <div
          className="lane-bg add-lane back"
          style={{ top: layout.addBackLane.start, height: layout.addBackLane.size }}
        />
      ) : null}
      {layout.systems ? (
        <div className="row-bg systems-bg" style={{ top: layout.systems.start, height: layout.systems.size }} />
      ) : null}
      <StepExtras data={data} steps={visible.steps} />
      <ArrowLayer
        data={data}
        layout={layout}
        window={area}
        selection={selection}
        isDimmed={isDimmed}
        rubberBand={rubberBand}
      />
      {touchpointIds.map((id) => {
        const tp = view.touchpoints.get(id)!;
        const rect = layout.cards.get(id)!;
        const owner = tp.owner_department_id ? departmentLook.get(tp.owner_department_id) : undefined;
        const look: CardLook = {
          x: rect.x,
          y: rect.y,
          ownerName: owner?.name ?? null,
          ownerColor: owner?.color ?? null,
          stageName: stageNames.get(tp.stage_id!) ?? '',
          channelName: laneNames.get(tp.channel_id!) ?? '',
          selected: id === selectedId,
          active: id === tabbable,
          dimmed: isDimmed(id),
          hit: hits !== null && hits.has(id),
          connectSource: id === connectId,
        };
        return <TouchpointCard key={id} tp={tp} look={look} texts={texts} />;
      })}
      {backstageIds.map((id) => {
        const b = slice.backstage.byId.get(id)!;
        const rect = layout.backCards.get(id);
        if (!rect) return null;
        const dept = b.department_id ? departmentLook.get(b.department_id) : undefined;
        const look: BackCardLook = {
          x: rect.x,
          y: rect.y,
          departmentName: dept?.name ?? null,
          departmentColor: dept?.color ?? null,
          systems: b.system_ids
            .map((s) => slice.systems.get(s)?.name)
            .filter(Boolean)
            .join(', '),
          serves: slice.backstage.serves.get(id)?.length ?? 0,
          selected: id === selectedId,
          active: id === tabbable,
          dimmed: department !== null && (b.department_id ?? '') !== department,
          connectSource: id === connectId,
        };
        return <BackstageCard key={id} step={b} look={look} texts={backTexts} />;
      })}
      <div ref={indicator} className="drop-cell" hidden />
    </div>
  );
}
