import { useCallback } from 'react';
import { useServices } from '../../app/ServicesContext';

/**
 * Opens a journey from the dashboard and, given a touchpoint, selects its card
 * on the map (the journey view carries it). The map brings the card into view
 * by scrolling only itself: scrollIntoView here also scrolled the window
 * (issue #12, defect 2), and the map draws only the cards near its view.
 */
export function useOpenJourney(): (journeyId: string, touchpointId?: string) => void {
  const { nav } = useServices();
  return useCallback(
    (journeyId, touchpointId) =>
      nav.getState().showJourneys({ kind: 'detail', journeyId, touchpointId: touchpointId ?? null }),
    [nav],
  );
}
