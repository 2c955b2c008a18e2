import { memo, useMemo, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { arrowBetween, type MapLayout } from '../../../shared/map/geometry';
import type { MapModel } from '../../../shared/map/model';
import type { Touchpoint, Transition } from '../../../shared/schema/tables';
import { handoffOf, type HandoffStatus } from '../../../shared/map/transitions';
import { fill } from './TouchpointCard';

interface ArrowProps {
  id: string;
  d: string;
  midX: number;
  midY: number;
  status: HandoffStatus;
  selected: boolean;
  related: boolean;
  dimmed: boolean;
  label: string;
}

/** One hand-off: a wide invisible stroke to click, the visible curve, and a warning mark where context is lost between departments. */
const Arrow = memo(function Arrow({ id, d, midX, midY, status, selected, related, dimmed, label }: ArrowProps) {
  const cls = `arrow ${status}${selected ? ' is-selected' : ''}${related ? ' is-related' : ''}${dimmed ? ' is-dimmed' : ''}`;
  return (
    <g className={cls} data-transition={id}>
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

interface ArrowEntry {
  tr: Transition;
  a: Touchpoint;
  b: Touchpoint;
  at: string;
  d: string;
  mid: { x: number; y: number };
  status: HandoffStatus;
  label: string;
}

export interface TransitionLayerProps {
  model: MapModel;
  layout: MapLayout;
  selectedTransition: string | null;
  selectedCard: string | null;
  /** Cards shown dimmed by a filter or search; an arrow dims when both its ends are. */
  isDimmed: (touchpointId: string) => boolean;
  /** The rubber band while an arrow is being drawn (moved directly, without React). */
  rubberBand: Ref<SVGPathElement>;
}

/** All hand-offs in one SVG layer under the cards: one element per arrow, geometry computed once per layout. */
export function TransitionLayer({
  model,
  layout,
  selectedTransition,
  selectedCard,
  isDimmed,
  rubberBand,
}: TransitionLayerProps) {
  const { t } = useTranslation();
  // Translated once per language; each arrow only fills in its titles.
  const labels = useMemo(() => {
    const pattern = (status: HandoffStatus) =>
      t('map.handoff.arrow', { from: '{from}', to: '{to}', status: t(`map.handoff.${status}`) });
    return { carried: pattern('carried'), lost: pattern('lost'), silo: pattern('silo') };
  }, [t]);
  // An edit touches one or two arrows: the others keep their computed entry (same rows, same place).
  const cache = useRef<{ labels: typeof labels; entries: Map<string, ArrowEntry> }>({ labels, entries: new Map() });
  const arrows = useMemo(() => {
    if (cache.current.labels !== labels) cache.current = { labels, entries: new Map() };
    const previous = cache.current.entries;
    const next = new Map<string, ArrowEntry>();
    for (const tr of model.transitions) {
      const from = layout.cards.get(tr.from_touchpoint_id!);
      const to = layout.cards.get(tr.to_touchpoint_id!);
      if (!from || !to) continue;
      const a = model.touchpoints.get(tr.from_touchpoint_id!)!;
      const b = model.touchpoints.get(tr.to_touchpoint_id!)!;
      const at = `${from.x},${from.y},${to.x},${to.y}`;
      const old = previous.get(tr.id);
      if (old && old.tr === tr && old.a === a && old.b === b && old.at === at) {
        next.set(tr.id, old);
        continue;
      }
      const { d, mid } = arrowBetween(from, to);
      const status = handoffOf(tr, a, b).status;
      next.set(tr.id, { tr, a, b, at, d, mid, status, label: fill(labels[status], { from: a.title, to: b.title }) });
    }
    cache.current.entries = next;
    return [...next.values()];
  }, [model, layout, labels]);
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
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        ))}
      </defs>
      {arrows.map(({ tr, d, mid, status, label }) => (
        <Arrow
          key={tr.id}
          id={tr.id}
          d={d}
          midX={mid.x}
          midY={mid.y}
          status={status}
          selected={tr.id === selectedTransition}
          related={
            selectedCard !== null && (tr.from_touchpoint_id === selectedCard || tr.to_touchpoint_id === selectedCard)
          }
          dimmed={isDimmed(tr.from_touchpoint_id!) && isDimmed(tr.to_touchpoint_id!)}
          label={label}
        />
      ))}
      <path ref={rubberBand} className="rubber-band" d="" />
    </svg>
  );
}
