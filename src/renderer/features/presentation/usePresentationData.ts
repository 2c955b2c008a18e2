import { useMemo } from 'react';
import { factValues } from '../../../shared/messages/placeholders';
import type { Channel, Journey, Persona } from '../../../shared/schema/tables';
import { useRows } from '../../app/ServicesContext';
import { useJourneySlice } from '../../app/useJourneySlice';
import { useCoverageData } from '../coverage/useCoverageData';
import { viewOf, type ScopeView } from '../coverage/scope';
import type { DepartmentLook } from '../journey-map/useMapData';
import { buildDeck, type Deck } from './deck';

export interface PresentationData {
  journey: Journey;
  persona: Persona | null;
  deck: Deck;
  channels: ReadonlyMap<string, Channel>;
  departments: ReadonlyMap<string, DepartmentLook>;
  /** The coverage verdict of this journey; null when the analysis leaves it out (archived). */
  verdict: ScopeView | null;
}

/**
 * The journey's slides and everything they name, from the journey slice of
 * the live rows: an edit made elsewhere (another window, a synced colleague)
 * shows on the next render. Undefined while loading, null when the journey
 * does not exist.
 */
export function usePresentationData(journeyId: string): PresentationData | null | undefined {
  const coverage = useCoverageData();
  const slice = useJourneySlice(journeyId);
  const journeys = useRows('journeys');
  const facts = useRows('facts');
  const deck = useMemo(() => (slice && facts ? buildDeck(slice, factValues(facts)) : undefined), [slice, facts]);
  const departmentLook = useMemo(
    () =>
      new Map(
        [...(slice?.departments.values() ?? [])].map((d) => [
          d.id,
          { name: d.name, color: d.color, archived: d.archived },
        ]),
      ),
    [slice],
  );
  const verdict = useMemo(
    () => (coverage ? viewOf(coverage.analysis, { kind: 'journey', journeyId }) : null),
    [coverage, journeyId],
  );
  if (!coverage || !journeys || !facts) return undefined;
  if (!journeys.some((j) => j.id === journeyId && !j.tombstone)) return null;
  if (!slice || !deck) return undefined;
  return {
    journey: slice.journey,
    persona: slice.persona,
    deck,
    channels: slice.channels,
    departments: departmentLook,
    verdict,
  };
}
