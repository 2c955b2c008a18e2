import { useEffect, useLayoutEffect, useRef } from 'react';
import { useServices } from './ServicesContext';

/**
 * The card selected on a journey's map lives in the address (`…?tp=<id>`), so a
 * reload, back and forward, a link from the review desk and undo all open the
 * same card. The map keeps its own selection; this keeps the two in step.
 */
export function useTouchpointInAddress(
  journeyId: string,
  selected: string | null,
  select: (touchpointId: string | null) => void,
): void {
  const { nav } = useServices();
  const latest = useRef({ selected, select });
  useLayoutEffect(() => {
    latest.current = { selected, select };
  });

  useLayoutEffect(() => {
    const wanted = (): string | null | undefined => {
      const v = nav.getState().journeyView;
      return v.kind === 'detail' && v.journeyId === journeyId ? (v.touchpointId ?? null) : undefined;
    };
    const initial = wanted();
    if (initial) latest.current.select(initial);
    return nav.subscribe(() => {
      const w = wanted();
      if (w !== undefined && w !== latest.current.selected) latest.current.select(w);
    });
  }, [nav, journeyId]);

  const first = useRef(true);
  useEffect(() => {
    // The first render knows no selection yet; the address may name one (applied above).
    if (first.current) {
      first.current = false;
      if (selected === null) return;
    }
    nav.getState().selectTouchpoint(journeyId, selected);
  }, [nav, journeyId, selected]);
}
