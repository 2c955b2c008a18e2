import { useEffect, useMemo, useRef } from 'react';
import { buildJourneySlice, type JourneySlice } from '../../shared/journey';
import { reuseUnchanged } from '../../shared/map/stable';
import type { TableName } from '../../shared/schema/tables';
import { useRows } from './ServicesContext';

/**
 * `rows` with unchanged rows keeping their previous objects (see stable.ts),
 * filtered first when `keep` is given: the data store hands out new objects
 * on every reload, and the map memoises its cards on row identity.
 */
function useStable<R extends { id: string }>(
  rows: readonly R[] | undefined,
  keep?: (row: R) => boolean,
): readonly R[] | undefined {
  const previous = useRef<readonly R[] | null>(null);
  const keepRef = useRef(keep);
  const result = useMemo(
    () =>
      rows === undefined
        ? undefined
        : reuseUnchanged(previous.current, keepRef.current ? rows.filter(keepRef.current) : rows),
    [rows],
  );
  useEffect(() => {
    if (result) previous.current = result;
  }, [result]);
  return result;
}

function useJourneyRows<T extends TableName>(table: T, journeyId: string) {
  return useStable(useRows(table), (r) => (r as { journey_id?: string | null }).journey_id === journeyId);
}

/**
 * The journey slice (src/shared/journey) from the live tables of the current
 * workspace: the renderer's one answer to "the rows of this journey, in
 * order". Undefined while a table loads or when the journey does not exist.
 * Each unchanged row keeps its object, so a slice rebuilt after an edit shares
 * every untouched row with the one before.
 */
export function useJourneySlice(journeyId: string): JourneySlice | undefined {
  const journeys = useRows('journeys');
  const personas = useRows('personas');
  const stages = useJourneyRows('stages', journeyId);
  const touchpoints = useJourneyRows('touchpoints', journeyId);
  const transitions = useJourneyRows('transitions', journeyId);
  const backstageSteps = useJourneyRows('backstage_steps', journeyId);
  const backstageLinks = useJourneyRows('backstage_links', journeyId);
  const backstageHandoffs = useJourneyRows('backstage_handoffs', journeyId);
  const messages = useStable(useRows('messages'));
  const variants = useStable(useRows('variants'));
  const channels = useStable(useRows('channels'));
  const departments = useStable(useRows('departments'));
  const systems = useStable(useRows('support_systems'));
  const journey = journeys?.find((j) => j.id === journeyId && !j.tombstone);
  const persona = journey?.persona_id && personas ? (personas.find((p) => p.id === journey.persona_id) ?? null) : null;

  return useMemo(() => {
    if (!journey || !stages || !touchpoints || !transitions || !backstageSteps || !backstageLinks) return undefined;
    if (!backstageHandoffs || !messages || !variants || !channels || !departments || !systems) return undefined;
    return buildJourneySlice({
      journey,
      persona,
      stages,
      touchpoints,
      transitions,
      backstageSteps,
      backstageLinks,
      backstageHandoffs,
      messages,
      variants,
      channels,
      departments,
      systems,
    });
  }, [
    journey,
    persona,
    stages,
    touchpoints,
    transitions,
    backstageSteps,
    backstageLinks,
    backstageHandoffs,
    messages,
    variants,
    channels,
    departments,
    systems,
  ]);
}
