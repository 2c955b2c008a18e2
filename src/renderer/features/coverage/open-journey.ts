import { useCallback } from 'react';
import { useServices } from '../../app/ServicesContext';

/** How long to wait for the map to draw the card before giving up quietly (the journey is open either way). */
const WAIT_MS = 3000;

/**
 * Opens a journey from the dashboard and, given a touchpoint, selects its card
 * on the map (the selection is part of the place, see useTouchpointInAddress)
 * and brings the card into view once the map has drawn it.
 */
export function useOpenJourney(): (journeyId: string, touchpointId?: string) => void {
  const { nav } = useServices();
  return useCallback(
    (journeyId, touchpointId) => {
      nav.getState().showJourneys({ kind: 'detail', journeyId, touchpointId: touchpointId ?? null });
      if (!touchpointId) return;
      const started = performance.now();
      const find = () => {
        const card = document.querySelector<HTMLElement>(`.tp-card[data-id="${CSS.escape(touchpointId)}"]`);
        if (card) {
          card.scrollIntoView({ block: 'center', inline: 'center' });
          card.focus({ preventScroll: true });
          return;
        }
        if (performance.now() - started < WAIT_MS) requestAnimationFrame(find);
      };
      requestAnimationFrame(find);
    },
    [nav],
  );
}
