import { useMemo } from 'react';
import type { Channel, Journey, Persona } from '../../../shared/schema/tables';
import { useRows } from '../../app/ServicesContext';
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
 * The journey's slides and everything they name, from the live rows: an edit
 * made elsewhere (another window, a synced colleague) shows on the next render.
 * Undefined while loading, null when the journey does not exist.
 */
export function usePresentationData(journeyId: string): PresentationData | null | undefined {
  const coverage = useCoverageData();
  const departments = useRows('departments');
  const journeys = useRows('journeys');
  const stages = useRows('stages');
  const touchpoints = useRows('touchpoints');
  const channelRows = useRows('channels');
  const messages = useRows('messages');
  const facts = useRows('facts');
  const personas = useRows('personas');
  const journeyRow = journeys?.find((j) => j.id === journeyId && !j.tombstone);
  const deck = useMemo(() => {
    if (!journeyRow || !stages || !touchpoints || !channelRows || !messages || !facts) return undefined;
    return buildDeck({ journey: journeyRow, stages, touchpoints, channels: channelRows, messages, facts });
  }, [journeyRow, stages, touchpoints, channelRows, messages, facts]);
  const channels = useMemo(() => new Map((channelRows ?? []).map((c) => [c.id, c])), [channelRows]);
  const departmentLook = useMemo(
    () =>
      new Map(
        (departments ?? [])
          .filter((d) => !d.tombstone)
          .map((d) => [d.id, { name: d.name, color: d.color, archived: d.archived }]),
      ),
    [departments],
  );
  const verdict = useMemo(
    () => (coverage ? viewOf(coverage.analysis, { kind: 'journey', journeyId }) : null),
    [coverage, journeyId],
  );
  if (!coverage || !departments || !journeys || !personas || !stages || !touchpoints || !channelRows) return undefined;
  if (!messages || !facts) return undefined;
  if (!journeyRow || !deck) return null;
  const persona = journeyRow.persona_id
    ? (personas.find((p) => p.id === journeyRow.persona_id && !p.tombstone) ?? null)
    : null;
  return { journey: journeyRow, persona, deck, channels, departments: departmentLook, verdict };
}
