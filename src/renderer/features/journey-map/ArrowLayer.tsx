import { memo, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { backstageHandoffStatus } from '../../../shared/journey/backstage';
import type { MapLayout, Rect } from '../../../shared/map/layout';
import { handoffOf, type HandoffStatus } from '../../../shared/map/transitions';
import { visibleLines } from '../../../shared/map/visible';
import { fill } from './TouchpointCard';
import type { MapData } from './useMapData';

interface ArrowProps {
  id: string;
  kind: 'transition' | 'handoff';
  d: string;
  midX: number;
  midY: number;
  status: HandoffStatus;
  selected: boolean;
  related: boolean;
  dimmed: boolean;
  label: string;
}

/** One hand-off: a wide invisible stroke to click, the visible line, and a warning mark where context is lost between departments. */
const Arrow = memo(function Arrow({ id, kind, d, midX, midY, status, selected, related, dimmed, label }: ArrowProps) {
  const cls = `arrow ${status}${kind === 'handoff' ? ' backstage' : ''}${selected ? ' is-selected' : ''}${related ? ' is-related' : ''}${dimmed ? ' is-dimmed' : ''}`;
  return (
    <g className={cls} data-line={id} data-kind={kind}>
      <title>{label}</title>
      <path className="arrow-hit" d={d} />
      <path className="arrow-line" d={d} markerEnd={`url(#arrowhead-${status})`} />
      {status === 'silo' ? (
        <g className="arrow-warning" transform={`translate(${midX},${midY})`}>
          <circle r="8" />
          <path d="M0,-4 V1 M0,4 V4.2" />
        </g>
      ) : null}
    </g>
  );
});

export interface ArrowLayerProps {
  data: MapData;
  layout: MapLayout;
  window: Rect;
  selection: { kind: string; id: string } | null;
  isDimmed: (id: string) => boolean;
  /** The rubber band while an arrow is being drawn (moved directly, without React). */
  rubberBand: Ref<SVGPathElement>;
}

/**
 * The lines of the map in one SVG layer under the cards: hand-offs between
 * touchpoints, hand-offs between backstage steps, and the links from a
 * backstage step up to what it serves. Only lines passing near the visible
 * part are drawn.
 */
export function ArrowLayer({ data, layout, window, selection, isDimmed, rubberBand }: ArrowLayerProps) {
  const { t } = useTranslation();
  const { view, lines } = data;
  // Translated once per language; each arrow only fills in its titles.
  const labels = useMemo(() => {
    const pattern = (status: HandoffStatus) =>
      t('map.handoff.arrow', { from: '{from}', to: '{to}', status: t(`map.handoff.${status}`) });
    return {
      carried: pattern('carried'),
      lost: pattern('lost'),
      silo: pattern('silo'),
      link: t('map.backstage.linkLine'),
    };
  }, [t]);
  const transitions = useMemo(() => new Map(view.transitions.map((tr) => [tr.id, tr])), [view]);
  const handoffs = useMemo(() => new Map(view.handoffs.map((h) => [h.id, h])), [view]);
  const selectedId = selection?.id ?? null;
  const selectedCard = selection?.kind === 'touchpoint' || selection?.kind === 'backstage' ? selection.id : null;
  const byId = view.slice.backstage.byId;

  const front = visibleLines(lines.transitions, window).map((line) => {
    const tr = transitions.get(line.id)!;
    const a = view.touchpoints.get(line.fromId);
    const b = view.touchpoints.get(line.toId);
    const status = handoffOf(tr, a, b).status;
    return (
      <Arrow
        key={line.id}
        id={line.id}
        kind="transition"
        d={line.route.d}
        midX={line.route.mid.x}
        midY={line.route.mid.y}
        status={status}
        selected={line.id === selectedId}
        related={selectedCard !== null && (line.fromId === selectedCard || line.toId === selectedCard)}
        dimmed={isDimmed(line.fromId) && isDimmed(line.toId)}
        label={fill(labels[status], { from: a?.title ?? '', to: b?.title ?? '' })}
      />
    );
  });
  const back = visibleLines(lines.handoffs, window).map((line) => {
    const h = handoffs.get(line.id)!;
    const a = byId.get(line.fromId);
    const b = byId.get(line.toId);
    const { status } = backstageHandoffStatus(h, a, b);
    return (
      <Arrow
        key={line.id}
        id={line.id}
        kind="handoff"
        d={line.route.d}
        midX={line.route.mid.x}
        midY={line.route.mid.y}
        status={status}
        selected={line.id === selectedId}
        related={selectedCard !== null && (line.fromId === selectedCard || line.toId === selectedCard)}
        dimmed={false}
        label={fill(labels[status], { from: a?.title ?? '', to: b?.title ?? '' })}
      />
    );
  });
  const links = visibleLines(lines.links, window).map((line) => (
    <path
      key={line.id}
      className={`link-line${selectedCard !== null && (line.fromId === selectedCard || line.toId === selectedCard) ? ' is-related' : ''}`}
      d={line.route.d}
    >
      <title>
        {fill(labels.link, {
          from: byId.get(line.fromId)?.title ?? '',
          to: view.touchpoints.get(line.toId)?.title ?? '',
        })}
      </title>
    </path>
  ));
  return (
    <svg className="map-arrows" width={layout.width} height={layout.height} aria-hidden="true">
      <defs>
        {(['carried', 'lost', 'silo'] as const).map((s) => (
          <marker
            key={s}
            id={`arrowhead-${s}`}
            className={`arrowhead ${s}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        ))}
      </defs>
      {links}
      {back}
      {front}
      <path ref={rubberBand} className="rubber-band" d="" />
    </svg>
  );
}
