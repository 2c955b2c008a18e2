import { useLayoutEffect, useState } from 'react';
import type { LostHandoff } from '../../../shared/journey/views';
import { arrowPath, type Box } from './arrow-path';

interface Drawn {
  id: string;
  d: string;
}

/**
 * The hand-offs that lose context on a stage slide, drawn as red arrows over
 * the step columns between the cards they join (measured once laid out, and
 * again when the slide changes size). Decoration for the eye; the slide lists
 * them for screen readers.
 */
export function HandoffArrows({ container, lost }: { container: HTMLElement | null; lost: readonly LostHandoff[] }) {
  const [drawn, setDrawn] = useState<Drawn[]>([]);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useLayoutEffect(() => {
    const root = container;
    if (!root) return;
    const measure = () => {
      const origin = root.getBoundingClientRect();
      const box = (id: string): Box | null => {
        const el = root.querySelector(`[data-item="${CSS.escape(id)}"]`);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return {
          left: r.left - origin.left,
          top: r.top - origin.top,
          right: r.right - origin.left,
          bottom: r.bottom - origin.top,
        };
      };
      const next: Drawn[] = [];
      for (const h of lost) {
        const from = box(h.fromId);
        const to = box(h.toId);
        if (from && to) next.push({ id: h.id, d: arrowPath(from, to) });
      }
      setDrawn(next);
      setSize({ width: root.scrollWidth, height: root.scrollHeight });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, [container, lost]);

  if (drawn.length === 0) return null;
  return (
    <svg
      className="deck-arrows"
      width={size.width}
      height={size.height}
      viewBox={`0 0 ${size.width} ${size.height}`}
      aria-hidden="true"
      focusable="false"
      data-testid="deck-lost-arrows"
    >
      <defs>
        <marker
          id="deck-arrow-head"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#c0262d" />
        </marker>
      </defs>
      {drawn.map((a) => (
        <path key={a.id} d={a.d} className="deck-arrow" markerEnd="url(#deck-arrow-head)" data-handoff={a.id} />
      ))}
    </svg>
  );
}
