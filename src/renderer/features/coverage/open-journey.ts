import { useCallback } from 'react';
import { useServices } from '../../app/ServicesContext';

/** How long to wait for the map to draw the card before giving up quietly (the journey is open either way). */
const WAIT_MS = 3000;

/**
 * Opens a journey from the dashboard and, given a touchpoint, selects its card
 * on the map so the side panel shows it. The map keeps its selection in a store
 * private to each map, and the nav store's journey view carries only the
 * journey — so the card is found the way a user finds it: it is scrolled into
 * view, clicked (the map selects on click) and focused. If the map grows a
 * "select this touchpoint" entry in the nav store, this is the one place to use it.
 */
export function useOpenJourney(): (journeyId: string, touchpointId?: string) => void {
  const { nav } = useServices();
  return useCallback(
    (journeyId, touchpointId) => {
      nav.getState().showJourneys({ kind: 'detail', journeyId });
      if (!touchpointId) return;
      const started = performance.now();
      const find = () => {
        const card = document.querySelector<HTMLElement>(`.tp-card[data-id="${CSS.escape(touchpointId)}"]`);
        if (card) {
          card.scrollIntoView({ block: 'center', inline: 'center' });
          card.click();
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
